import { describe, expect, it } from 'vitest';
import { decodeJson, statusInfo } from '../../../src/model';
import { callOf, seedWith, warningsAt } from './helpers';

/** The seed doc's status table, word for word. */
const SEED_STATUSES = [
  ['completed', 'Phone call was successful.', 'success'],
  ['failed', 'Phone call failed.', 'danger'],
  ['queue', 'Phone call is queued and will be executed.', 'progress'],
  ['paused', 'Phone call is put on hold.', 'progress'],
  ['initiated', 'Phone call has started.', 'progress'],
  ['no-answer', 'Phone call was not answered.', 'warning'],
  ['busy', "Recipient's line was occupied with another call.", 'warning'],
  ['hangup_on_voicemail', 'Voicemail was detected and the call was terminated.', 'warning'],
] as const;

const NEWER_STATUSES = [
  ['pending', 'progress'],
  ['ringing', 'progress'],
  ['in-progress', 'progress'],
  ['canceled', 'warning'],
  ['user-canceled', 'warning'],
  ['left_voicemail', 'neutral'],
  ['spam', 'danger'],
  ['registered', 'progress'],
] as const;

describe('call status', () => {
  it.each(SEED_STATUSES)('explains %s in the words of the vendor doc', (raw, explanation, tone) => {
    const status = callOf(
      seedWith((p) => {
        p.status = raw;
        p.call.status = raw;
      }),
    ).status;
    expect(status).toMatchObject({ raw, known: true, explanation, tone });
    expect(status?.label).not.toBe(raw);
  });

  it.each(NEWER_STATUSES)('knows the newer status %s with a label and a tone', (raw, tone) => {
    const status = statusInfo(raw);
    expect(status).toMatchObject({ raw, known: true, tone });
    expect(status.label).not.toBe(raw);
    expect(status.explanation.length).toBeGreaterThan(10);
  });

  it('labels the common statuses the way a person would say them', () => {
    expect(statusInfo('no-answer').label).toBe('No answer');
    expect(statusInfo('hangup_on_voicemail').label).toBe('Hung up on voicemail');
    expect(statusInfo('in-progress').label).toBe('In progress');
  });

  it('keeps an unknown status as sent, with a neutral tone', () => {
    expect(statusInfo('transferred')).toEqual({
      raw: 'transferred',
      known: false,
      label: 'transferred',
      explanation:
        '"transferred" is not in Synthflow\'s list of call statuses, so its meaning is unknown.',
      tone: 'neutral',
    });
  });

  it('treats names of object properties as unknown statuses, not as glossary entries', () => {
    for (const raw of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(statusInfo(raw).known).toBe(false);
    }
  });

  it('recognises a status written in another case or with spaces around it', () => {
    expect(statusInfo(' Completed ')).toMatchObject({
      raw: ' Completed ',
      known: true,
      tone: 'success',
    });
  });

  it('shows call.status and warns when the top-level status disagrees', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.status = 'failed';
        p.call.status = 'completed';
      }),
    );
    expect(result.call?.status?.raw).toBe('completed');
    const [warning] = warningsAt(result, 'status');
    expect(warning?.message).toBe(
      'The top-level status says "failed" but call.status says "completed"; the card shows call.status.',
    );
  });

  it('does not warn when the two statuses agree apart from case', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.status = 'Completed';
      }),
    );
    expect(result.problems).toEqual([]);
  });

  it('falls back to the top-level status when call.status is missing', () => {
    const call = callOf(
      seedWith((p) => {
        p.status = 'busy';
        delete p.call.status;
      }),
    );
    expect(call.status).toMatchObject({ raw: 'busy', label: 'Busy' });
  });

  it('has no status when neither field is sent', () => {
    const call = callOf(
      seedWith((p) => {
        delete p.status;
        delete p.call.status;
      }),
    );
    expect(call.status).toBeUndefined();
  });
});
