import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../../../src/model/record';
import { retell } from '../../../../../src/model/vendors/retell';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { readFixture } from '../golden';

function callOf(name: string): CallRecord {
  const { call } = retell.decode(JSON.parse(readFixture('retell', name)));
  if (call === undefined) throw new Error(`${name} decoded to no call`);
  return call;
}

describe('Retell decoding', () => {
  it('says a not_connected call never connected and why, with no 0:00', () => {
    const call = callOf('call-ended-dial-no-answer.json');
    expect(call.outcome.category).toBe('no-answer');
    expect(call.outcome.failures).toEqual([
      { kind: 'not-connected', code: 'dial_no_answer', path: 'call.disconnection_reason' },
    ]);
    expect(explainCode('retell', 'endReason', 'dial_no_answer').label).toBe('No answer');
    expect(call.timing.duration).toBeUndefined();
    expect(call.otherFields).toContainEqual({ path: 'call.duration_ms', value: 0 });
    const note = call.notes.find((n) => n.kind === 'retell.never-connected-duration');
    expect(note && noteText('retell', note.kind, { path: note.path ?? '' })).toContain(
      'never connected',
    );
    expect(call.transcript.state).toBe('empty');
  });

  it('tells a busy line from an unanswered one', () => {
    expect(callOf('call-ended-dial-busy.json').outcome.category).toBe('busy');
  });

  it("reads word timings as seconds from the call's start", () => {
    const turns = callOf('call-analyzed-user-hangup.json').transcript.turns;
    expect(turns.map((t) => t.offsetSeconds)).toEqual([0.62, 4.25, 6.02, 571.3]);
    expect(turns.map((t) => t.role)).toEqual(['agent', 'caller', 'agent', 'caller']);
  });

  it("keeps a SIP trunk label as the caller's number", () => {
    const call = callOf('call-ended-dial-no-answer.json');
    expect(call.direction).toBe('outbound');
    expect(call.agent).toMatchObject({ number: 'acme-trunk', path: 'call.from_number' });
    expect(call.customer.number).toBe('+5511987650000');
  });

  it("takes the lead's name from the dynamic variables and says where from", () => {
    const call = callOf('call-ended-dial-no-answer.json');
    expect(call.customer.name).toBe('Marta Silva');
    expect(call.notes).toContainEqual(
      expect.objectContaining({
        kind: 'retell.name-from-variables',
        path: 'call.retell_llm_dynamic_variables.customer_name',
      }),
    );
  });

  it('places tool calls in the transcript and marks the one that failed', () => {
    const call = callOf('call-analyzed-tool-failed.json');
    const failed = call.toolCalls.find((t) => t.name === 'parse_date');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toContain('Missing call_id');
    expect(failed?.arguments).toEqual({
      kind: 'object',
      value: { date_string: 'next week Monday' },
      fromString: true,
    });
    expect(call.outcome.failures).toContainEqual(
      expect.objectContaining({ kind: 'tool-failed', subject: 'parse_date' }),
    );
    const toolTurns = call.transcript.turns.filter((t) => t.role === 'tool');
    expect(toolTurns.map((t) => call.toolCalls[t.toolCall ?? -1]?.name)).toEqual([
      'parse_date',
      'check_availability',
    ]);
    expect(call.toolCalls[1]?.result).toEqual({
      kind: 'object',
      value: { slots: ['10:00', '14:30'] },
      fromString: true,
    });
    expect(call.transcript.turns.filter((t) => t.role === 'event').map((t) => t.label)).toEqual([
      'node_transition',
      'dtmf',
    ]);
    expect(call.direction).toBe('web');
  });

  it('reads the post-call analysis with the sentiment as sent', () => {
    const { analysis } = callOf('call-analyzed-user-hangup.json');
    expect(analysis.sentiment?.raw).toBe('Positive');
    expect(explainCode('retell', 'sentiment', 'Positive').known).toBe(true);
    expect(analysis.success?.verdict).toBe('true');
    expect(analysis.data.map((d) => d.key)).toEqual(['meeting_booked', 'lead_temperature']);
  });

  it('reads the cost in cents with its products', () => {
    const [cost] = callOf('call-analyzed-user-hangup.json').costs;
    expect(cost?.unit).toBe('cents');
    expect(cost?.amount).toBe(78.1735);
    expect(cost?.breakdown.map((b) => b.item)).toEqual([
      'elevenlabs_tts',
      'voice_engine',
      'gpt-4o-mini',
    ]);
  });

  it('shows a transferred call with its destination', () => {
    const call = callOf('call-ended-transfer.json');
    expect(call.outcome.category).toBe('transferred');
    expect(call.transferTarget?.number).toBe('+4930123457');
    expect(call.transcript.turns.at(-1)?.role).toBe('transfer-target');
  });

  it('reads the old `data` envelope, where dial failures were still errors', () => {
    const call = callOf('legacy-data-call-ended.json');
    expect(call.outcome.category).toBe('no-answer');
    expect(call.outcome.status?.path).toBe('data.call_status');
    expect(call.customer.name).toBe('Chris Moreau');
  });

  it('shows a transfer event as facts about the call, not as a call', () => {
    const result = retell.decode(JSON.parse(readFixture('retell', 'transfer-started.json')));
    expect(result.call).toBeUndefined();
    expect(result.format.label).toContain('Transfer started');
    expect(result.facts).toContainEqual({ label: 'Transferred to', value: '+4930123457' });
  });

  it('sets the event time from event_timestamp', () => {
    expect(callOf('call-started.json').event).toEqual({
      raw: 'call_started',
      path: 'event',
      atMs: 1780800000450,
    });
    expect(callOf('call-started.json').outcome.category).toBe('in-progress');
  });
});
