import { describe, expect, it } from 'vitest';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { callOf, decoded, fixture, fixtureWith, warningsAt } from './helpers';

function outcomeOf(endCallReason: string | undefined, errorMessage: string, status = 'completed') {
  return callOf(
    fixtureWith((p) => {
      p.error_message = errorMessage;
      p.status = status;
      p.call.status = status;
      if (endCallReason === undefined) delete p.call.end_call_reason;
      else p.call.end_call_reason = endCallReason;
    }),
  );
}

describe('Synthflow outcome', () => {
  it('reads the seed example the way its doc means it: the assistant said goodbye', () => {
    const call = callOf(fixture('seed-example.json'));
    expect(call.outcome).toMatchObject({
      category: 'agent-ended',
      endedBy: 'agent',
      status: { raw: 'completed', path: 'call.status' },
      endReason: { raw: 'agent_goodbye', path: 'error_message' },
      failures: [],
    });
    const [note] = call.notes;
    expect(note?.kind).toBe('synthflow.reason-from-error-message');
    expect(noteText('synthflow', note?.kind ?? '', note?.values)).toContain('"completed"');
  });

  it('reads the reason from error_message when end_call_reason is missing, and says so', () => {
    const call = outcomeOf(undefined, 'voicemail');
    expect(call.outcome).toMatchObject({ category: 'voicemail', endReason: { raw: 'voicemail' } });
    expect(
      noteText('synthflow', 'synthflow.reason-from-error-message', call.notes[0]?.values),
    ).toContain('missing');
  });

  it('reads the reason from error_message when end_call_reason is not a documented reason', () => {
    const call = outcomeOf('Failed to start outbound call', 'max_duration');
    expect(call.outcome.endReason).toEqual({ raw: 'max_duration', path: 'error_message' });
    expect(call.notes[0]?.values).toEqual({ replaced: 'Failed to start outbound call' });
  });

  it('prefers a known end_call_reason over error_message', () => {
    const call = outcomeOf('human_goodbye', 'agent_goodbye');
    expect(call.outcome).toMatchObject({
      category: 'caller-ended',
      endReason: { raw: 'human_goodbye', path: 'call.end_call_reason' },
    });
    expect(call.notes).toEqual([]);
  });

  it('keeps an unknown reason as sent, and an error_message that is no reason as the error', () => {
    const call = outcomeOf('hung_up_by_carrier', 'SIP 503 from carrier');
    expect(call.outcome.endReason?.raw).toBe('hung_up_by_carrier');
    expect(call.outcome.category).toBe('completed');
    expect(call.outcome.details).toContainEqual({
      kind: 'errorMessage',
      raw: 'SIP 503 from carrier',
      path: 'error_message',
    });
    expect(explainCode('synthflow', 'endReason', 'hung_up_by_carrier').known).toBe(false);
  });

  it('says what went wrong on a failed call in its own words', () => {
    const call = outcomeOf(undefined, 'Account not found!', 'failed');
    expect(call.outcome.category).toBe('error');
    expect(call.outcome.failures).toEqual([
      { kind: 'call-error', code: 'Account not found!', path: 'error_message' },
    ]);
  });

  it('reads a call that failed to start as an error, with no 0:00 duration', () => {
    const call = callOf(fixture('failed-to-start.json'));
    expect(call.outcome).toMatchObject({
      category: 'error',
      failures: [{ kind: 'call-error', code: 'Failed to start outbound call' }],
    });
    expect(call.timing.duration).toBeUndefined();
    expect(call.notes.map((n) => n.kind)).toContain('synthflow.never-connected-duration');
    expect(call.otherFields).toContainEqual({ path: 'call.duration', value: 0 });
  });

  it.each([
    ['no-answer', 'no-answer'],
    ['busy', 'busy'],
    ['spam', 'not-connected'],
    ['canceled', 'not-connected'],
  ])('reads status %s as a call that never connected (%s)', (status, category) => {
    const call = outcomeOf('undefined', '', status);
    expect(call.outcome.category).toBe(category);
    expect(call.outcome.failures).toEqual([
      { kind: 'not-connected', code: status, path: 'call.status' },
    ]);
  });

  it.each([
    ['hangup_on_voicemail', undefined, 'voicemail'],
    ['left_voicemail', 'voicemail_message_left', 'voicemail'],
    ['user-canceled', 'user_canceled', 'caller-ended'],
    ['in-progress', undefined, 'in-progress'],
    ['queue', undefined, 'in-progress'],
    ['completed', 'max_duration', 'completed'],
  ])('reads status %s with reason %s as %s', (status, reason, category) => {
    expect(outcomeOf(reason, '', status).outcome.category).toBe(category);
  });

  it('matches codes whatever their case, and keeps them as sent', () => {
    const call = outcomeOf(' Human_Goodbye ', '', 'COMPLETED');
    expect(call.outcome.category).toBe('caller-ended');
    expect(call.outcome.status?.raw).toBe('COMPLETED');
  });

  it('keeps the custom end-call reason beside the code', () => {
    expect(callOf(fixture('custom-end-call.json')).outcome.details).toContainEqual({
      kind: 'customReason',
      raw: 'Caller asked to be removed from the list',
      path: 'call.custom_end_call_reason',
    });
  });

  it('shows call.status when the top-level status disagrees, with a warning', () => {
    const result = decoded(fixture('voicemail-quirks.json'));
    expect(result.call?.outcome.status).toEqual({
      raw: 'hangup_on_voicemail',
      path: 'call.status',
    });
    expect(warningsAt(result, 'status')[0]?.message).toContain('"completed"');
  });

  it('falls back to the top-level status when call.status is missing', () => {
    const call = callOf(
      fixtureWith((p) => {
        delete p.call.status;
        p.status = 'busy';
        p.error_message = '';
        p.call.end_call_reason = 'undefined';
      }),
    );
    expect(call.outcome).toMatchObject({
      category: 'busy',
      status: { raw: 'busy', path: 'status' },
    });
  });

  it('puts a failed transfer into the outcome, so the header can say so', () => {
    const call = callOf(fixture('failed-transfer.json'));
    expect(call.outcome.failures).toEqual([
      {
        kind: 'transfer-failed',
        code: 'transfer-failed-timeout',
        subject: 'Transfer to valuation team',
        path: 'executed_actions.transfer_call_1749714120',
      },
    ]);
  });

  it('puts a failed action into the outcome with its error', () => {
    expect(callOf(fixture('custom-end-call.json')).outcome.failures).toEqual([
      {
        kind: 'tool-failed',
        code: 'SMS provider rejected the number',
        subject: 'Confirm by SMS',
        path: 'executed_actions.send_sms_1',
      },
    ]);
  });
});
