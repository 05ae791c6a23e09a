import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../../../src/model/decode-call';
import type { CallRecord } from '../../../../../src/model/record';
import { elevenlabs } from '../../../../../src/model/vendors/elevenlabs';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { readFixture } from '../golden';

type Payload = { type: string; event_timestamp: number; data: Record<string, unknown> };

function fixture(name: string): Payload {
  return JSON.parse(readFixture('elevenlabs', name));
}

function callOf(payload: unknown): CallRecord {
  const { call } = elevenlabs.decode(payload);
  if (call === undefined) throw new Error('decoded to no call');
  return call;
}

/** The end_call fixture with its metadata changed. */
function withMetadata(changes: Record<string, unknown>): Payload {
  const payload = fixture('transcription-end-call.json');
  const metadata = payload.data.metadata as Record<string, unknown>;
  payload.data.metadata = { ...metadata, ...changes };
  return payload;
}

const agentTurn = (extra: Record<string, unknown>, time = 10) => ({
  role: 'agent',
  message: null,
  tool_calls: [],
  tool_results: [],
  time_in_call_secs: time,
  ...extra,
});
const toolCall = (id: string, params: string) => ({
  type: 'webhook',
  request_id: id,
  tool_name: 'lookup',
  params_as_json: params,
  tool_has_been_called: true,
});
const toolResult = (id: string, value: string, isError = false) => ({
  type: 'webhook',
  request_id: id,
  tool_name: 'lookup',
  result_value: value,
  is_error: isError,
  tool_has_been_called: true,
});

describe('ElevenLabs tool calls', () => {
  it('shows each tool call once, in place, with its result and whether it failed', () => {
    const call = callOf(fixture('transcription-tool-calls.json'));
    expect(call.toolCalls.map((t) => [t.name, t.status])).toEqual([
      ['language_detection', 'succeeded'],
      ['find_patient', 'succeeded'],
      ['book_slot', 'failed'],
    ]);
    const toolTurns = call.transcript.turns.filter((t) => t.role === 'tool');
    expect(toolTurns.map((t) => t.toolCall)).toEqual([0, 1, 2]);
    for (const [index, tool] of call.toolCalls.entries()) {
      expect(call.transcript.turns[tool.turn ?? -1]?.toolCall).toBe(index);
    }
    const failed = call.toolCalls[2];
    expect(failed).toMatchObject({
      id: 'book_slot_e41f0c7d2a9b4b6e8d17f3a25c90b4e1',
      kind: 'webhook',
      offsetSeconds: 33,
      statusCode: 'webhook_timeout',
      error: 'POST https://api.brightwater.example/appointments timed out after 10.0 s',
      result: { kind: 'text', text: 'Webhook request failed with status 504' },
      arguments: { kind: 'object', value: { patient_id: 'P-20417' }, fromString: true },
    });
    expect(call.toolCalls[1]?.result).toMatchObject({
      kind: 'object',
      value: { patient: { id: 'P-20417' } },
    });
    expect(call.outcome.failures).toEqual([
      {
        kind: 'tool-failed',
        subject: 'book_slot',
        code: 'webhook_timeout',
        path: 'data.transcript[11].tool_calls[0]',
      },
    ]);
  });

  it('pairs results by request_id, not by order', () => {
    const payload = fixture('transcription-end-call.json');
    payload.data.transcript = [
      agentTurn({ tool_calls: [toolCall('req_a', '{"q":"a"}'), toolCall('req_b', '{"q":"b"}')] }),
      agentTurn({
        tool_results: [toolResult('req_b', '{"hit":"b"}'), toolResult('req_a', 'boom', true)],
      }),
    ];
    const call = callOf(payload);
    expect(
      call.toolCalls.map((t) => [t.id, t.arguments, t.result, t.status, t.error, t.turn]),
    ).toEqual([
      [
        'req_a',
        { kind: 'object', value: { q: 'a' }, fromString: true },
        { kind: 'text', text: 'boom' },
        'failed',
        'boom',
        0,
      ],
      [
        'req_b',
        { kind: 'object', value: { q: 'b' }, fromString: true },
        { kind: 'object', value: { hit: 'b' }, fromString: true },
        'succeeded',
        undefined,
        1,
      ],
    ]);
    expect(call.transcript.turns.map((t) => t.toolCall)).toEqual([0, 1]);
  });

  it('still shows a result whose call is missing, once, where it arrived', () => {
    const payload = fixture('transcription-end-call.json');
    payload.data.transcript = [
      agentTurn({ tool_results: [toolResult('req_x', '{"ok":true}')] }, 7),
    ];
    const call = callOf(payload);
    expect(call.toolCalls).toHaveLength(1);
    expect(call.toolCalls[0]).toMatchObject({ id: 'req_x', name: 'lookup', status: 'succeeded' });
    expect(call.transcript.turns).toEqual([
      { role: 'tool', label: 'tool_result', text: 'lookup', toolCall: 0, offsetSeconds: 7 },
    ]);
  });
});

describe('ElevenLabs conversation without the envelope', () => {
  it('reads the API conversation (or a forwarded data object) as the same call', () => {
    const result = elevenlabs.decode(fixture('conversation-api-outbound.json'));
    expect(result.format).toMatchObject({ id: 'elevenlabs-conversation', vendor: 'elevenlabs' });
    const call = result.call as CallRecord;
    expect(call.event).toEqual({});
    expect(call.callKey).toBe('conv_01jx7p2d9e4h8q1m5v6c0t3wzb');
    expect(call.outcome).toMatchObject({ category: 'caller-ended', status: { path: 'status' } });
    expect(call.toolCalls.map((t) => [t.name, t.status, t.path])).toEqual([
      ['language_detection', 'succeeded', 'transcript[4].tool_calls[0]'],
    ]);
    expect(call.customer).toMatchObject({ name: 'Arjun Mehta', number: '+9198765 43210' });
  });
});

describe('ElevenLabs cost', () => {
  it('reads metadata.cost as credits and cost_fiat as US dollars, each with its parts', () => {
    const call = callOf(fixture('transcription-end-call.json'));
    expect(call.costs).toEqual([
      {
        amount: 126,
        unit: 'credits',
        path: 'data.metadata.cost',
        breakdown: [
          { item: 'llm_charge', amount: 111 },
          { item: 'call_charge', amount: 15 },
        ],
      },
      {
        amount: 0.0250345,
        unit: 'usd',
        path: 'data.metadata.cost_fiat',
        breakdown: [
          { item: 'llm_price', amount: 0.022034500000000002 },
          { item: 'platform_price', amount: 0.003 },
        ],
      },
    ]);
  });

  it('never turns credits into money when no dollar amount is sent', () => {
    for (const name of ['transcription-docs-sample.json', 'transcription-caller-hangup.json']) {
      const call = callOf(fixture(name));
      expect(
        call.costs.map((c) => c.unit),
        name,
      ).toEqual(['credits']);
    }
    // The LLM's own dollar price is a part, not the call's cost: it stays under Other fields.
    expect(callOf(fixture('transcription-caller-hangup.json')).otherFields).toContainEqual({
      path: 'data.metadata.charging.llm_price',
      value: 0.0002586,
    });
  });

  it('warns about a cost that is not a number, and shows none', () => {
    const result = elevenlabs.decode(withMetadata({ cost: '126 credits' }));
    expect(result.call?.costs.map((c) => c.unit)).toEqual(['usd']);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: 'data.metadata.cost',
        expected: 'a number of ElevenLabs credits',
      }),
    );
    expect(result.call?.otherFields).toContainEqual({
      path: 'data.metadata.cost',
      value: '126 credits',
    });
  });
});

describe('ElevenLabs outcome', () => {
  it.each([
    ['end_call tool was called.', 'agent-ended', 'agent'],
    ['Call ended by remote party', 'caller-ended', 'caller'],
    ['Client disconnected', 'caller-ended', 'caller'],
    ['Client disconnected: 1006', 'caller-ended', 'caller'],
    ['Something ElevenLabs added later', 'completed', undefined],
  ])('reads the termination text "%s" as %s, and keeps the text', (text, category, endedBy) => {
    const { outcome } = callOf(withMetadata({ termination_reason: text }));
    expect(outcome.category).toBe(category);
    expect(outcome.endedBy).toBe(endedBy);
    expect(outcome.endReason).toEqual({ raw: text, path: 'data.metadata.termination_reason' });
  });

  it('explains a websocket close code and says an unlisted text is unlisted', () => {
    expect(
      explainCode('elevenlabs', 'endReason', 'Client disconnected: 1006').explanation,
    ).toContain('1006');
    expect(explainCode('elevenlabs', 'endReason', 'Something new').known).toBe(false);
    expect(explainCode('elevenlabs', 'endReason', 'Call ended by remote party').label).toBe(
      'Caller hung up',
    );
  });

  it('keeps an empty termination text under Other fields and takes the status', () => {
    const call = callOf(fixture('transcription-docs-sample.json'));
    expect(call.outcome.category).toBe('completed');
    expect(call.outcome.endReason).toBeUndefined();
    expect(call.otherFields).toContainEqual({
      path: 'data.metadata.termination_reason',
      value: '',
    });
  });

  it('reads a conversation error as an error with its code and reason', () => {
    const payload = withMetadata({ error: { code: 1011, reason: 'LLM provider timed out' } });
    payload.data.status = 'failed';
    const { outcome } = callOf(payload);
    expect(outcome.category).toBe('error');
    expect(outcome.failures).toContainEqual({
      kind: 'call-error',
      code: '1011',
      path: 'data.metadata.error.code',
    });
    expect(outcome.details).toContainEqual({
      kind: 'errorReason',
      raw: 'LLM provider timed out',
      path: 'data.metadata.error.reason',
    });
  });

  it('reads a successful transfer_to_number as a transferred call, with where it went', () => {
    const payload = withMetadata({ termination_reason: 'Call ended by remote party' });
    const result = JSON.stringify({
      result_type: 'transfer_to_number_twilio_success',
      status: 'success',
      transfer_number: '+14155550199',
    });
    payload.data.transcript = [
      agentTurn({
        tool_calls: [{ ...toolCall('t1', '{}'), type: 'system', tool_name: 'transfer_to_number' }],
      }),
      agentTurn({ tool_results: [{ ...toolResult('t1', result), type: 'system' }] }),
    ];
    const call = callOf(payload);
    expect(call.outcome).toMatchObject({ category: 'transferred', endedBy: 'agent' });
    expect(call.transferTarget).toEqual({
      number: '+14155550199',
      path: 'data.transcript[0].tool_calls[0]',
    });
  });

  it('says a transfer failed, not just a tool, when transfer_to_number errs', () => {
    const payload = withMetadata({ termination_reason: 'Call ended by remote party' });
    const typed = { result_type: 'transfer_to_number_error', status: 'error', error: 'no-answer' };
    payload.data.transcript = [
      agentTurn({
        tool_calls: [{ ...toolCall('t1', '{}'), type: 'system', tool_name: 'transfer_to_number' }],
      }),
      agentTurn({
        tool_results: [
          { ...toolResult('t1', JSON.stringify(typed), true), type: 'system', result: typed },
        ],
      }),
    ];
    const call = callOf(payload);
    expect(call.outcome.category).toBe('caller-ended');
    expect(call.outcome.failures).toEqual([
      {
        kind: 'transfer-failed',
        subject: 'transfer_to_number',
        code: 'no-answer',
        path: 'data.transcript[0].tool_calls[0]',
      },
    ]);
    expect(call.transferTarget).toBeUndefined();
  });

  it("takes the customer's name from the dynamic variables and says where from", () => {
    const call = callOf(fixture('transcription-tool-calls.json'));
    expect(call.customer).toEqual({
      name: 'Lucía Ferrer',
      number: '+3491 5550 1822',
      path: 'data.metadata.phone_call.external_number',
    });
    const note = call.notes.find((n) => n.kind === 'elevenlabs.name-from-variables');
    expect(note && noteText('elevenlabs', note.kind, note.values)).toContain('user_name');
    expect(call.direction).toBe('outbound');
  });

  it('reads the inbound caller and a chat started from the React SDK', () => {
    const inbound = callOf(fixture('transcription-caller-hangup.json'));
    expect(inbound.direction).toBe('inbound');
    expect(inbound.customer.number).toBe('+16125550193');
    expect(inbound.agent.number).toBe('+16125550148');
    expect(callOf(fixture('transcription-end-call.json')).direction).toBe('web');
  });

  it("sets the event's time and the call key for grouping", () => {
    const call = callOf(fixture('transcription-end-call.json'));
    expect(call.event).toEqual({
      raw: 'post_call_transcription',
      path: 'type',
      atMs: 1785837215000,
    });
    expect(call.callKey).toBe('conv_1601kz7d3f9hq2mw8c5t0v4rby');
    expect(call.timing.duration).toMatchObject({ seconds: 5, unit: 's' });
  });

  it('reads evaluation criteria and collected data with their rationale', () => {
    const { analysis } = callOf(fixture('transcription-tool-calls.json'));
    expect(analysis.success).toMatchObject({ verdict: 'true', raw: 'success' });
    expect(analysis.judgements.map((j) => [j.key, j.verdict, j.rationale?.slice(0, 20)])).toEqual([
      ['appointment_booked', 'false', 'The booking tool fai'],
      ['identity_verified', 'true', 'The caller gave her '],
    ]);
    // A number declared an integer in the schema arrives as a number: kept as sent.
    expect(analysis.data.find((d) => d.key === 'callback_number')?.value).toBe(34915550182);
  });
});

describe('ElevenLabs call initiation failures', () => {
  it('says a busy call never connected, with Twilio status and SIP code', () => {
    const { outcome, customer, agent, direction } = callOf(
      fixture('initiation-failure-busy-twilio.json'),
    );
    expect(outcome.category).toBe('busy');
    expect(outcome.failures).toEqual([
      { kind: 'not-connected', code: 'busy', path: 'data.failure_reason' },
    ]);
    expect(outcome.details).toContainEqual({
      kind: 'sipCode',
      raw: '487',
      path: 'data.metadata.body.SipResponseCode',
    });
    expect(explainCode('elevenlabs', 'sipCode', '487').label).toBe('SIP 487 Request Terminated');
    expect(customer.number).toBe('+442071838750');
    expect(agent.number).toBe('+13605550112');
    expect(direction).toBe('outbound');
  });

  it('reads a SIP trunk failure with the numeric code as text', () => {
    const { outcome, customer } = callOf(fixture('initiation-failure-no-answer-sip.json'));
    expect(outcome.category).toBe('no-answer');
    expect(outcome.details).toContainEqual({
      kind: 'sipCode',
      raw: '480',
      path: 'data.metadata.body.sip_status_code',
    });
    expect(customer.number).toBe('+4915735550164');
  });

  it('lets the SIP code or Twilio status say busy when the reason is unknown', () => {
    const sip = fixture('initiation-failure-no-answer-sip.json');
    const metadata = sip.data.metadata as { body: Record<string, unknown> };
    sip.data.failure_reason = 'unknown';
    metadata.body.sip_status_code = 486;
    expect(callOf(sip).outcome.category).toBe('busy');
    const twilio = fixture('initiation-failure-busy-twilio.json');
    delete twilio.data.failure_reason;
    (twilio.data.metadata as { body: Record<string, unknown> }).body.CallStatus = 'no-answer';
    expect(callOf(twilio).outcome.category).toBe('no-answer');
  });
});

describe('ElevenLabs post-call audio', () => {
  it('points at the audio without copying it anywhere into the record', () => {
    const payload = fixture('post-call-audio.json');
    const call = callOf(payload);
    expect(call.audio).toEqual({ path: 'data.full_audio', mime: 'audio/mpeg', bytes: 620 });
    const base64 = payload.data.full_audio as string;
    expect(JSON.stringify(elevenlabs.decode(payload))).not.toContain(base64.slice(0, 40));
    expect(call.callKey).toBe('conv_01k8d5bm2e7q4hr9s6t0vwx3ya');
  });

  it('stays fast and small on a 10 MB body', () => {
    // 7,500,001 bytes of audio: 10,000,004 characters of base64 ending in "==", parsed from
    // text as a body would be (a flat string, not a concatenation).
    const body = `{"type":"post_call_audio","event_timestamp":1793188439,"data":{"agent_id":"agent_1","conversation_id":"conv_1","full_audio":"SUQz${'A'.repeat(9_999_998)}=="}}`;
    const payload = JSON.parse(body);
    elevenlabs.decode(fixture('post-call-audio.json')); // the first decode loads the schemas
    const started = performance.now();
    const result = elevenlabs.decode(payload);
    const elapsed = performance.now() - started;
    expect(result.call?.audio?.bytes).toBe(7_500_001);
    expect(JSON.stringify(result).length).toBeLessThan(5_000);
    expect(elapsed).toBeLessThan(50);
    // Pasted as text, the whole body goes through the one decode step; only the raw view
    // (`json`) holds the audio.
    const pasted = decodeCallText(body);
    expect(pasted.call?.audio).toEqual({
      path: 'data.full_audio',
      mime: 'audio/mpeg',
      bytes: 7_500_001,
    });
    expect(JSON.stringify({ ...pasted, json: undefined }).length).toBeLessThan(5_000);
  });

  it('warns about audio that is not text', () => {
    const payload = fixture('post-call-audio.json');
    payload.data.full_audio = 42;
    const result = elevenlabs.decode(payload);
    expect(result.call?.audio).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: 'data.full_audio', expected: 'the audio as base64 text' }),
    );
  });
});

describe('ElevenLabs wrong-typed fields', () => {
  it('warns with the JSON path and still shows the rest', () => {
    const payload = fixture('transcription-tool-calls.json');
    payload.data.status = 5;
    const metadata = payload.data.metadata as Record<string, unknown>;
    metadata.call_duration_secs = 'long';
    const analysis = payload.data.analysis as {
      evaluation_criteria_results: Record<string, unknown>;
    };
    analysis.evaluation_criteria_results.polite = 'yes';
    const result = elevenlabs.decode(payload);
    expect(result.problems.map((p) => p.path)).toEqual([
      'data.status',
      'data.metadata.call_duration_secs',
      'data.analysis.evaluation_criteria_results.polite',
    ]);
    expect(result.call?.toolCalls).toHaveLength(3);
    expect(result.call?.outcome.category).toBe('caller-ended');
    expect(result.call?.otherFields).toContainEqual({
      path: 'data.analysis.evaluation_criteria_results.polite',
      value: 'yes',
    });
  });

  it('keeps a criterion whose result is not text, as sent, with a warning', () => {
    const payload = fixture('transcription-tool-calls.json');
    const analysis = payload.data.analysis as {
      evaluation_criteria_results: Record<string, Record<string, unknown>>;
    };
    (analysis.evaluation_criteria_results.identity_verified as Record<string, unknown>).result =
      true;
    const result = elevenlabs.decode(payload);
    expect(result.problems.map((p) => p.path)).toEqual([
      'data.analysis.evaluation_criteria_results.identity_verified.result',
    ]);
    expect(result.call?.analysis.judgements[1]).toMatchObject({
      key: 'identity_verified',
      verdict: 'other',
      raw: true,
    });
  });

  it('reads a transcript that is not a list as no transcript, with a warning', () => {
    const payload = fixture('transcription-end-call.json');
    payload.data.transcript = 'Agent: hi';
    const result = elevenlabs.decode(payload);
    expect(result.problems.map((p) => p.path)).toEqual(['data.transcript']);
    expect(result.call?.otherFields).toContainEqual({
      path: 'data.transcript',
      value: 'Agent: hi',
    });
  });
});

describe('ElevenLabs wrong-typed nested fields', () => {
  it('warns about phone, turn and failure-body fields of the wrong type, by path', () => {
    const payload = fixture('transcription-caller-hangup.json');
    const metadata = payload.data.metadata as { phone_call: Record<string, unknown> };
    metadata.phone_call.external_number = 16125550193;
    const turns = payload.data.transcript as Array<Record<string, unknown>>;
    (turns[1] as Record<string, unknown>).message = { text: 'hi' };
    (turns[2] as Record<string, unknown>).time_in_call_secs = 'five';
    const result = elevenlabs.decode(payload);
    expect(result.problems.map((p) => p.path)).toEqual([
      'data.transcript[1].message',
      'data.transcript[2].time_in_call_secs',
      'data.metadata.phone_call.external_number',
    ]);
    expect(result.call?.otherFields).toContainEqual({
      path: 'data.metadata.phone_call.external_number',
      value: 16125550193,
    });

    const failure = fixture('initiation-failure-no-answer-sip.json');
    const failureMetadata = failure.data.metadata as { body: Record<string, unknown> };
    failureMetadata.body.to_number = ['+4915735550164'];
    const failed = elevenlabs.decode(failure);
    expect(failed.problems.map((p) => p.path)).toEqual(['data.metadata.body.to_number']);
    expect(failed.call?.outcome.category).toBe('no-answer');
  });

  it('keeps a telephony type that is not text, with a warning', () => {
    const failure = fixture('initiation-failure-busy-twilio.json');
    (failure.data.metadata as Record<string, unknown>).type = 7;
    const result = elevenlabs.decode(failure);
    expect(result.problems.map((p) => p.path)).toEqual(['data.metadata.type']);
    expect(result.call?.otherFields.map((f) => f.path)).toEqual([
      'data.metadata.type',
      'data.metadata.body',
    ]);
    expect(result.call?.outcome.category).toBe('busy');
  });

  it("reads the conversation's time zone, and says when this browser does not know it", () => {
    expect(callOf(withMetadata({ timezone: 'Europe/Madrid' })).timing).toMatchObject({
      timezone: 'Europe/Madrid',
      timezoneValid: true,
    });
    expect(callOf(withMetadata({ timezone: 'Mars/Olympus' })).timing.timezoneValid).toBe(false);
  });
});
