import { describe, expect, it } from 'vitest';
import { endReasonInfo } from '../../../src/model';
import { glossary } from '../../../src/strings';
import { callOf, seedWith } from './helpers';

/** The seed doc's end-reason table, word for word. */
const SEED_REASONS = [
  ['voicemail', 'The call was answered by voicemail.'],
  [
    'human_goodbye',
    'The call was answered by a human, and the human was the first to say goodbye.',
  ],
  [
    'agent_goodbye',
    'The call was answered by a human, and the AI assistant was the first to say goodbye.',
  ],
  [
    'human_pick_up_cut_off',
    'The call was answered by a human but was cut off abruptly without a proper goodbye.',
  ],
  ['max_duration', 'The call exceeded the maximum set duration.'],
  ['undefined', 'The reason for the call ending is not specified.'],
] as const;

function endReasonOf(endCallReason: string | undefined, errorMessage = '') {
  return callOf(
    seedWith((p) => {
      p.error_message = errorMessage;
      if (endCallReason === undefined) delete p.call.end_call_reason;
      else p.call.end_call_reason = endCallReason;
    }),
  ).endReason;
}

describe('end-call reason', () => {
  it.each(SEED_REASONS)('explains %s in the words of the vendor doc', (raw, explanation) => {
    expect(endReasonOf(raw)).toMatchObject({
      raw,
      known: true,
      explanation,
      source: 'call.end_call_reason',
    });
  });

  it('explains agent_goodbye as the assistant hanging up first', () => {
    expect(endReasonInfo('agent_goodbye').label).toBe('Assistant said goodbye');
  });

  it('explains human_goodbye as the caller hanging up first', () => {
    expect(endReasonInfo('human_goodbye').label).toBe('Caller said goodbye');
  });

  it.each(['voicemail_message_left', 'custom_end_call', 'user_canceled'])(
    'knows the newer reason %s',
    (raw) => {
      expect(endReasonOf(raw)).toMatchObject({ raw, known: true });
      expect(endReasonInfo(raw).label).not.toBe(raw);
    },
  );

  it('shows the free text of a custom end of call', () => {
    const reason = callOf(
      seedWith((p) => {
        p.error_message = '';
        p.call.end_call_reason = 'custom_end_call';
        p.call.custom_end_call_reason = 'Caller asked to be removed from the list';
      }),
    ).endReason;
    expect(reason).toMatchObject({
      raw: 'custom_end_call',
      customText: 'Caller asked to be removed from the list',
    });
  });

  it('reads the reason from error_message when end_call_reason says "completed", as the doc example does', () => {
    expect(endReasonOf('completed', 'agent_goodbye')).toMatchObject({
      raw: 'agent_goodbye',
      known: true,
      source: 'error_message',
      replacedRaw: 'completed',
    });
  });

  it('reads the reason from error_message when end_call_reason is missing', () => {
    const reason = endReasonOf(undefined, 'voicemail');
    expect(reason).toMatchObject({ raw: 'voicemail', source: 'error_message' });
    expect(reason?.replacedRaw).toBeUndefined();
    expect(glossary.endReasonFromErrorMessage(reason?.replacedRaw)).toContain('missing');
  });

  it('reads the reason from error_message when end_call_reason is not a known reason', () => {
    expect(endReasonOf('Failed to start outbound call', 'max_duration')).toMatchObject({
      raw: 'max_duration',
      source: 'error_message',
      replacedRaw: 'Failed to start outbound call',
    });
  });

  it('prefers a known end_call_reason over error_message', () => {
    expect(endReasonOf('human_goodbye', 'agent_goodbye')).toMatchObject({
      raw: 'human_goodbye',
      source: 'call.end_call_reason',
    });
  });

  it('keeps an unknown reason as sent when error_message holds no known reason', () => {
    expect(endReasonOf('Failed to start outbound call', 'SIP 503')).toMatchObject({
      raw: 'Failed to start outbound call',
      known: false,
      label: 'Failed to start outbound call',
      tone: 'neutral',
      source: 'call.end_call_reason',
    });
  });

  it('keeps "completed" as an unknown reason when error_message is empty', () => {
    expect(endReasonOf('completed', '')).toMatchObject({ raw: 'completed', known: false });
  });

  it('lists an error_message that was not used as the reason under other fields', () => {
    const call = callOf(
      seedWith((p) => {
        p.error_message = 'SIP 503 from carrier';
        p.call.end_call_reason = 'human_pick_up_cut_off';
      }),
    );
    expect(call.otherFields).toContainEqual({
      path: 'error_message',
      value: 'SIP 503 from carrier',
    });
  });

  it('has no end reason when neither field says anything', () => {
    expect(endReasonOf(undefined, '')).toBeUndefined();
  });
});
