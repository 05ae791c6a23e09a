import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../../../src/model/record';
import { vapi } from '../../../../../src/model/vendors/vapi';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { readFixture } from '../golden';

function decode(name: string) {
  return vapi.decode(JSON.parse(readFixture('vapi', name)));
}

function callOf(name: string): CallRecord {
  const { call } = decode(name);
  if (call === undefined) throw new Error(`${name} decoded to no call`);
  return call;
}

/** A minimal report with one end reason, for the outcome of each family. */
function outcomeOf(endedReason: string) {
  const { call } = vapi.decode({
    message: { type: 'end-of-call-report', endedReason, call: { id: 'c1', status: 'queued' } },
  });
  return call?.outcome;
}

describe('Vapi outcome', () => {
  it('takes the outcome from endedReason, not from the call snapshot that says queued', () => {
    const call = callOf('end-of-call-report-customer-ended-call.json');
    expect(call.outcome.category).toBe('caller-ended');
    expect(call.outcome.endedBy).toBe('caller');
    expect(call.outcome.status).toBeUndefined();
    expect(call.otherFields).toContainEqual({ path: 'message.call.status', value: 'queued' });
    const note = call.notes.find((n) => n.kind === 'vapi.call-status-snapshot');
    expect(noteText('vapi', note?.kind ?? '', note?.values)).toContain('"queued"');
  });

  it.each([
    ['end-of-call-report-assistant-ended-call.json', 'agent-ended'],
    ['end-of-call-report-assistant-forwarded-call.json', 'transferred'],
    ['end-of-call-report-voicemail.json', 'voicemail'],
    ['end-of-call-report-customer-did-not-answer.json', 'no-answer'],
    ['end-of-call-report-customer-busy.json', 'busy'],
    ['end-of-call-report-sip-503.json', 'not-connected'],
    ['end-of-call-report-pipeline-error.json', 'error'],
    ['end-of-call-report-call-start-error.json', 'error'],
    ['status-update-ended.json', 'completed'],
  ])('%s reads as %s', (name, category) => {
    expect(callOf(name).outcome.category).toBe(category);
  });

  it.each([
    ['pipeline-error-openai-429-exceeded-quota', 'error', 'call-error'],
    ['call.in-progress.error-vapifault-worker-died', 'error', 'call-error'],
    [
      'call.in-progress.error-providerfault-deepgram-returning-502-network-error',
      'error',
      'call-error',
    ],
    ['call.start.error-subscription-frozen', 'error', 'call-error'],
    [
      'call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable',
      'no-answer',
      'not-connected',
    ],
    ['call.in-progress.error-warm-transfer-silence-timeout', 'error', 'transfer-failed'],
    ['twilio-failed-to-connect-call', 'not-connected', 'not-connected'],
    // Newer than the 2026 list: its family still says what it is.
    ['call.in-progress.error-vapifault-some-new-provider-failed', 'error', 'call-error'],
  ])('%s is %s with a %s failure', (reason, category, failure) => {
    const outcome = outcomeOf(reason);
    expect(outcome?.category).toBe(category);
    expect(outcome?.failures).toEqual([
      { kind: failure, code: reason, path: 'message.endedReason' },
    ]);
  });

  it('keeps a code outside every family raw, with the category unknown', () => {
    const outcome = outcomeOf('something-vapi-adds-next-year');
    expect(outcome?.category).toBe('unknown');
    expect(outcome?.endReason?.raw).toBe('something-vapi-adds-next-year');
    expect(explainCode('vapi', 'endReason', 'something-vapi-adds-next-year').known).toBe(false);
  });

  it('explains a generated provider code by its family', () => {
    const text = explainCode('vapi', 'endReason', 'pipeline-error-eleven-labs-quota-exceeded');
    expect(text.family).toBe('pipeline-error-');
    expect(text.explanation).toContain('credential or quota');
  });

  it('shows a status-update "ended" as a call with its end reason and status', () => {
    const call = callOf('status-update-ended.json');
    expect(call.event.raw).toBe('status-update');
    expect(call.outcome.status).toEqual({ raw: 'ended', path: 'message.status' });
    expect(call.outcome.endReason?.raw).toBe('silence-timed-out');
    expect(call.transcript.turns).toHaveLength(3);
  });
});

describe('Vapi transcript and tools', () => {
  it("reads artifact.messages as turns with seconds from the call's start", () => {
    const { transcript } = callOf('end-of-call-report-customer-ended-call.json');
    expect(transcript.path).toBe('message.artifact.messages');
    expect(transcript.turns.map((t) => [t.role, t.offsetSeconds])).toEqual([
      ['system', 0],
      ['agent', 1.28],
      ['caller', 3.52],
      ['agent', 6.18],
      ['caller', 14.02],
      ['agent', 16.75],
    ]);
  });

  it('places tool calls where they ran and marks the failed ones', () => {
    const call = callOf('end-of-call-report-tool-failed.json');
    const tools = call.transcript.turns.filter((t) => t.role === 'tool');
    expect(tools.map((t) => [call.toolCalls[t.toolCall ?? -1]?.name, t.offsetSeconds])).toEqual([
      ['check_availability', 14],
      ['book_appointment', 39],
      ['send_sms', 39],
    ]);
    const [lookup, booking, sms] = call.toolCalls;
    expect(lookup?.status).toBe('failed');
    expect(lookup?.error).toContain('No result returned');
    expect(lookup?.arguments).toEqual({
      kind: 'object',
      value: { requested_date: '2026-01-08', service_type: 'cleaning' },
      fromString: true,
    });
    expect(booking?.status).toBe('succeeded');
    expect(booking?.result).toEqual({
      kind: 'object',
      value: { booked: true, slot: '2026-01-08T10:00' },
      fromString: true,
    });
    expect(sms?.status).toBe('failed');
    expect(sms?.error).toBe('SMS provider rejected the number');
    expect(call.outcome.failures.map((f) => [f.kind, f.subject])).toEqual([
      ['tool-failed', 'check_availability'],
      ['tool-failed', 'send_sms'],
    ]);
    expect(lookup?.turn).toBe(5);
  });

  it('falls back to artifact.transcript when there are no messages', () => {
    const { transcript } = callOf('end-of-call-report-voicemail.json');
    expect(transcript.path).toBe('message.artifact.transcript');
    expect(transcript.turns.map((t) => t.role)).toEqual(['agent', 'caller', 'caller']);
  });

  it('reads the message-level messages of older reports', () => {
    const { transcript } = callOf('end-of-call-report-pipeline-error.json');
    expect(transcript.path).toBe('message.messages');
  });

  it('says an unanswered call has an empty transcript', () => {
    expect(callOf('end-of-call-report-customer-did-not-answer.json').transcript.state).toBe(
      'empty',
    );
  });
});

describe('Vapi parties, cost, analysis, recordings', () => {
  it('reads the cost in USD with its breakdown, without the token counts', () => {
    const [cost] = callOf('end-of-call-report-customer-ended-call.json').costs;
    expect(cost).toEqual({
      amount: 0.0394,
      unit: 'usd',
      path: 'message.cost',
      breakdown: [
        { item: 'stt', amount: 0.0056 },
        { item: 'llm', amount: 0.0001 },
        { item: 'tts', amount: 0.0126 },
        { item: 'vapi', amount: 0.0211 },
        { item: 'voicemailDetectionCost', amount: 0 },
        { item: 'knowledgeBaseCost', amount: 0 },
      ],
    });
  });

  it('reads summary, success evaluation and structured data', () => {
    const { analysis } = callOf('end-of-call-report-assistant-forwarded-call.json');
    expect(analysis.summary?.text).toContain('Priya Nair');
    expect(analysis.success).toMatchObject({ verdict: 'false', raw: 'false' });
    expect(analysis.data.map((d) => d.key)).toEqual(['name', 'email', 'forwardedFrom']);
  });

  it('shows the transfer destination of a forwarded call', () => {
    const call = callOf('end-of-call-report-assistant-forwarded-call.json');
    expect(call.transferTarget).toEqual({
      number: '+15550142277',
      path: 'message.destination.number',
    });
    expect(call.direction).toBe('inbound');
    expect(call.customer.number).toBe('+15550167733');
    expect(call.agent).toMatchObject({ number: '+15550100420', name: 'Front desk' });
  });

  it('says a failed transfer failed, once, with its code', () => {
    const call = callOf('end-of-call-report-transfer-failed.json');
    expect(call.outcome.failures).toEqual([
      {
        kind: 'transfer-failed',
        code: 'call.in-progress.error-transfer-failed',
        path: 'message.endedReason',
      },
    ]);
    expect(call.transferTarget?.number).toBe('+15550142277');
  });

  it('reads the duration Vapi sends outside its spec, in seconds', () => {
    const { timing, otherFields } = callOf('end-of-call-report-customer-ended-call.json');
    expect(timing.duration).toEqual({
      seconds: 25.276,
      raw: 25.276,
      path: 'message.durationSeconds',
      unit: 's',
    });
    expect(timing.start?.raw).toBe('2025-06-10T09:07:00.649Z');
    expect(otherFields).toContainEqual({ path: 'message.durationMs', value: 25276 });
  });

  it('lists each recording once, with the artifact variants', () => {
    const { recordings } = callOf('end-of-call-report-customer-ended-call.json');
    expect(recordings.map((r) => [r.kind, r.path])).toEqual([
      ['mono', 'message.artifact.recordingUrl'],
      ['stereo', 'message.artifact.stereoRecordingUrl'],
      ['assistant', 'message.artifact.recording.mono.assistantUrl'],
      ['customer', 'message.artifact.recording.mono.customerUrl'],
    ]);
  });

  it('lists the ids and takes the call id as the call key', () => {
    const call = callOf('end-of-call-report-assistant-ended-call.json');
    expect(call.callKey).toBe('019a4c2e-7b1d-7e3f-9a5c-4d6e8f0a2b46');
    expect(call.ids.map((i) => i.kind)).toEqual([
      'call',
      'org',
      'telephony',
      'assistant',
      'phone-number',
    ]);
    expect(call.variables.map((v) => v.kind)).toEqual(['variables', 'overrides']);
  });
});

describe('Vapi messages that are not a finished call', () => {
  it.each([
    ['status-update-in-progress.json', 'Call status', 'in-progress'],
    ['transcript.json', 'Transcript', 'Yes, speaking.'],
    ['conversation-update.json', 'Messages so far', '5'],
    ['tool-calls.json', 'Tools called', 'check_availability'],
    ['hang.json', 'Call id', '019a4c2e-7b1d-7e3f-9a5c-4d6e8f0a2b46'],
  ])('%s shows facts, no call', (name, label, value) => {
    const result = decode(name);
    expect(result.call).toBeUndefined();
    expect(result.facts).toContainEqual({ label, value });
    expect(result.format.label).toMatch(/^Vapi webhook: /);
  });

  it.each(['transcript.json', 'status-update-in-progress.json', 'conversation-update.json'])(
    '%s says it is not a finished call',
    (name) => {
      expect(decode(name).format.description).toContain('not a finished call');
    },
  );
});

describe('Vapi facts name what they are about', () => {
  it("labels a speech-update's status as the speaker's, not the call's", () => {
    const { facts } = vapi.decode({
      message: { type: 'speech-update', status: 'started', role: 'assistant', call: { id: 'c1' } },
    });
    expect(facts).toContainEqual({ label: 'Speech', value: 'started' });
    expect(facts?.map((f) => f.label)).not.toContain('Call status');
  });

  it('names the function of a legacy function-call message', () => {
    const { facts } = vapi.decode({
      message: { type: 'function-call', functionCall: { name: 'bookSlot', parameters: {} } },
    });
    expect(facts).toContainEqual({ label: 'Tools called', value: 'bookSlot' });
  });
});

describe('Vapi call object from the API', () => {
  it('reads a GET /call object as the call, with its real final status', () => {
    const { call, format } = decode('api-call-voicemail.json');
    expect(format.label).toBe('Vapi call (API)');
    expect(call?.outcome).toMatchObject({
      category: 'voicemail',
      status: { raw: 'ended', path: 'status' },
      endReason: { raw: 'voicemail', path: 'endedReason' },
    });
    expect(call?.notes).toEqual([]);
    expect(call?.callKey).toBe('4e6a8c0e-2a4c-4e6a-9c0e-2a4c6e8a0c13');
    expect(call?.customer).toMatchObject({ name: 'Sam', number: '+15550187123' });
    expect(call?.transcript.turns.map((t) => t.offsetSeconds)).toEqual([0, 0.88, 3.7, 6.71, 17.11]);
    // Every top-level key is placed once or kept once, never both, never neither.
    const other = new Set(call?.otherFields.map((o) => o.path));
    expect(other.has('id') || other.has('customer') || other.has('status')).toBe(false);
    expect(other.has('createdAt')).toBe(true);
  });
});

describe('Vapi structured outputs', () => {
  it('lists each structured output under its name, with the output id in its path', () => {
    const { analysis } = callOf('end-of-call-report-assistant-ended-call.json');
    expect(analysis.data).toContainEqual({
      key: 'Appointment outcome',
      value: { confirmed: true, reschedule: false },
      path: 'message.artifact.structuredOutputs["7d9f1b3d-5f7a-4c9e-8b1d-3f5a7c9e1b24"].result',
    });
  });
});

describe('Vapi turn times', () => {
  it('says when turn times count from a message logged before the call started', () => {
    const call = callOf('end-of-call-report-customer-ended-call.json');
    const note = call.notes.find((n) => n.kind === 'vapi.offsets-before-start');
    expect(note?.values?.seconds).toBe('4.8');
    expect(noteText('vapi', note?.kind ?? '', note?.values)).toContain('4.8 s before');
    const forwarded = callOf('end-of-call-report-assistant-forwarded-call.json');
    expect(forwarded.notes.map((n) => n.kind)).not.toContain('vapi.offsets-before-start');
  });
});
