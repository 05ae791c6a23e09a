import { describe, expect, it } from 'vitest';
import { decodeCallText, decodeCallValue } from '../../../../../src/model/decode-call';
import type { CallRecord } from '../../../../../src/model/record';
import { formatDuration } from '../../../../../src/model/time';
import { bland } from '../../../../../src/model/vendors/bland';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { readFixture } from '../golden';

const ID = '5b0f2c1e-8d3a-4e6f-9a7b-1c2d3e4f5a6b';

function decode(value: unknown): CallRecord {
  const { call } = bland.decode(value);
  if (call === undefined) throw new Error('decoded to no call');
  return call;
}

const fixture = (name: string) => decode(JSON.parse(readFixture('bland', name)));
const body = (fields: Record<string, unknown>) => decode({ call_id: ID, c_id: ID, ...fields });
const note = (call: CallRecord, kind: string) => call.notes.find((n) => n.kind === kind);
const sentence = (call: CallRecord, kind: string) => {
  const found = note(call, kind);
  return found && noteText('bland', found.kind, found.values);
};

describe('Bland units', () => {
  it('reads call_length as minutes: 3.05 reads 3:03, from call_length', () => {
    const call = body({ call_length: 3.05, status: 'completed' });
    expect(call.timing.duration).toEqual({
      seconds: 183,
      raw: 3.05,
      path: 'call_length',
      unit: 'min',
    });
    expect(formatDuration(call.timing.duration?.seconds ?? 0)).toBe('3:03');
  });

  it('reads corrected_duration as seconds sent as text: "196" reads 3:16', () => {
    const call = body({ corrected_duration: '196', status: 'completed' });
    expect(call.timing.duration).toEqual({
      seconds: 196,
      raw: '196',
      path: 'corrected_duration',
      unit: 's',
    });
    expect(formatDuration(196)).toBe('3:16');
  });

  it("turns Bland's long minute floats into whole seconds (3.26666666666667 min is 196 s)", () => {
    const call = fixture('transfer-tag-not-merged.json');
    expect(call.timing.duration?.seconds).toBe(196);
    expect(call.otherFields).toContainEqual({ path: 'corrected_duration', value: '196' });
    expect(note(call, 'bland.durations-disagree')).toBeUndefined();
  });

  it('says when call_length and corrected_duration disagree, each with its unit', () => {
    const call = fixture('completed-2023-docs.json');
    expect(call.timing.duration?.path).toBe('call_length');
    const text = sentence(call, 'bland.durations-disagree');
    expect(text).toContain('7.099 minutes, 7:06');
    expect(text).toContain('"71" seconds, 1:11');
  });

  it('says when the transfer happened and how long the transferred part lasted', () => {
    const text = sentence(fixture('transfer-merged.json'), 'bland.transfer-timing');
    expect(text).toContain('1:33 into the call');
    expect(text).toContain('0:22');
  });

  it('shows no 0:00 for a call nobody answered, and says why', () => {
    const call = fixture('no-answer.json');
    expect(call.timing.duration).toBeUndefined();
    expect(call.otherFields).toContainEqual({ path: 'call_length', value: 0 });
    expect(sentence(call, 'bland.never-connected-duration')).toContain('never connected');
  });

  it('warns with the JSON path when a duration is not a number', () => {
    const { call, problems } = bland.decode({
      call_id: ID,
      c_id: ID,
      call_length: 'three',
      corrected_duration: '12',
    });
    expect(problems).toEqual([expect.objectContaining({ path: 'call_length' })]);
    expect(call?.otherFields).toContainEqual({ path: 'call_length', value: 'three' });
    expect(call?.timing.duration?.path).toBe('corrected_duration');
  });
});

describe('Bland outcome', () => {
  it.each([
    [{ status: 'completed', call_ended_by: 'USER' }, 'caller-ended', 'caller'],
    [{ status: 'completed', call_ended_by: 'ASSISTANT' }, 'agent-ended', 'agent'],
    [{ status: 'completed' }, 'completed', undefined],
    [
      { status: 'completed', answered_by: 'voicemail', call_ended_by: 'ASSISTANT' },
      'voicemail',
      'agent',
    ],
    [{ status: 'completed', answered_by: null, call_ended_by: 'USER' }, 'caller-ended', 'caller'],
    [{ status: 'no-answer', answered_by: 'no-answer' }, 'no-answer', undefined],
    [{ status: 'busy' }, 'busy', undefined],
    [{ status: 'canceled' }, 'not-connected', undefined],
    [{ status: 'failed' }, 'error', undefined],
    [{ status: 'unknown' }, 'unknown', undefined],
    [{ queue_status: 'started' }, 'in-progress', undefined],
    [{ queue_status: 'queue_error' }, 'not-connected', undefined],
  ])('%o reads as %s', (fields, category, endedBy) => {
    const call = body(fields);
    expect(call.outcome.category).toBe(category);
    expect(call.outcome.endedBy).toBe(endedBy);
  });

  it('reads the fixtures as a user would describe the calls', () => {
    expect(fixture('caller-ended-citations.json').outcome.category).toBe('caller-ended');
    expect(fixture('get-call-agent-ended.json').outcome.category).toBe('agent-ended');
    expect(fixture('voicemail.json').outcome.category).toBe('voicemail');
    expect(fixture('no-answer.json').outcome.category).toBe('no-answer');
    expect(fixture('busy.json').outcome.category).toBe('busy');
    expect(fixture('completed-2023-docs.json').outcome.category).toBe('completed');
  });

  it('keeps every raw code in the outcome details with its kind and path', () => {
    const call = fixture('pathway-post-call.json');
    expect(call.outcome.endReason).toEqual({ raw: 'ASSISTANT', path: 'call_ended_by' });
    expect(call.outcome.details).toEqual([
      { kind: 'queueStatus', raw: 'complete', path: 'queue_status' },
      { kind: 'answeredBy', raw: 'human', path: 'answered_by' },
      {
        kind: 'errorMessage',
        raw: 'Account not allowed to call +15550100001',
        path: 'error_message',
      },
      { kind: 'disposition', raw: 'COMPLETED_ACTION', path: 'disposition_tag' },
      { kind: 'transferState', raw: 'MERGED', path: 'warm_transfer_call.state' },
      {
        kind: 'proxyCallState',
        raw: 'MERGED',
        path: 'warm_transfer_call.proxy_agent_calls[0].state',
      },
    ]);
    expect(sentence(call, 'bland.error-on-completed-call')).toContain('Account not allowed');
  });

  it('explains a failed call by its SIP-style error message', () => {
    const call = fixture('failed-number-not-found.json');
    expect(call.outcome.category).toBe('not-connected');
    expect(call.outcome.failures).toEqual([
      {
        kind: 'not-connected',
        code: 'Call failed. The number you dialed is not found.',
        path: 'error_message',
      },
    ]);
    const explained = explainCode('bland', 'endReason', call.outcome.endReason?.raw ?? '');
    expect(explained.label).toBe('Number not found (SIP 404)');
  });

  it('reads the busy error text as a busy line, and an unlisted "Call failed." text by its family', () => {
    const busy = body({
      status: 'failed',
      error_message: 'Call failed. The number you dialed is busy. Please try again later.',
    });
    expect(busy.outcome.category).toBe('busy');
    expect(
      explainCode('bland', 'errorMessage', busy.outcome.endReason?.raw ?? '').explanation,
    ).toContain('SIP 486');
    const other = explainCode('bland', 'errorMessage', 'Call failed. Carrier hiccup.');
    expect(other).toMatchObject({ known: false, family: 'call failed.' });
  });
  it('calls a disposition outside the built-in list your own tag, not an unknown code', () => {
    expect(explainCode('bland', 'disposition', 'TRANSFERRED').known).toBe(true);
    const custom = explainCode('bland', 'disposition', 'got_full_name_and_number');
    expect(custom).toMatchObject({ known: false, label: 'got_full_name_and_number' });
    expect(custom.explanation).toContain('your own');
  });
});

describe('Bland transfers', () => {
  it('counts a transfer only when warm_transfer_call.state is MERGED', () => {
    const call = fixture('transfer-merged.json');
    expect(call.outcome.category).toBe('transferred');
    expect(call.transferTarget).toEqual({ number: '+15550166023', path: 'transferred_to' });
    expect(note(call, 'bland.transfer-not-merged')).toBeUndefined();
  });

  it('says TRANSFERRED alone is no proof, and fails the transfer when nothing shows it connected', () => {
    const call = fixture('transfer-tag-not-merged.json');
    expect(call.outcome.category).toBe('caller-ended');
    expect(call.outcome.failures).toEqual([{ kind: 'transfer-failed', path: 'disposition_tag' }]);
    expect(sentence(call, 'bland.transfer-not-merged')).toContain('only the state MERGED');
  });

  it('fails a warm transfer that timed out, naming the state', () => {
    const call = body({
      status: 'completed',
      call_ended_by: 'USER',
      disposition_tag: 'TRANSFERRED',
      warm_transfer_call: { state: 'TIMED_OUT', proxy_agent_calls: [] },
    });
    expect(call.outcome.failures).toEqual([
      { kind: 'transfer-failed', code: 'TIMED_OUT', path: 'warm_transfer_call.state' },
    ]);
    expect(sentence(call, 'bland.transfer-not-merged')).toContain(
      'warm_transfer_call.state is TIMED_OUT',
    );
  });

  it('notes but does not fail a cold transfer Bland recorded with transferred_at', () => {
    const call = body({
      status: 'completed',
      disposition_tag: 'TRANSFERRED',
      transferred_to: '+15550100002',
      transferred_at: '2026-01-05T10:00:00.000Z',
    });
    expect(call.outcome.failures).toEqual([]);
    expect(note(call, 'bland.transfer-not-merged')).toBeDefined();
  });
});

describe('Bland transcript', () => {
  it('sorts turns by created_at, says so, and gives offsets from started_at', () => {
    const call = fixture('caller-ended-citations.json');
    expect(call.transcript.turns.map((t) => t.text.slice(0, 12))).toEqual([
      'Hey, this is',
      'Yeah. My nam',
      'Hey Tom, gre',
      'Yeah. I will',
    ]);
    expect(call.transcript.turns.map((t) => t.offsetSeconds)).toEqual([
      8.909, 13.595, 15.391, 24.077,
    ]);
    expect(note(call, 'bland.transcript-reordered')).toEqual({
      kind: 'bland.transcript-reordered',
      path: 'transcripts',
    });
  });

  it('sorts by id when created_at is missing', () => {
    const call = body({
      transcripts: [
        { id: 3, user: 'user', text: 'third' },
        { id: 1, user: 'assistant', text: 'first' },
        { id: 2, user: 'user', text: 'second' },
      ],
    });
    expect(call.transcript.turns.map((t) => t.text)).toEqual(['first', 'second', 'third']);
  });

  it('shows agent-action entries as events, not speech', () => {
    const turns = fixture('get-call-agent-ended.json').transcript.turns;
    expect(turns.map((t) => t.role)).toEqual([
      'agent',
      'caller',
      'agent',
      'caller',
      'event',
      'agent',
    ]);
    expect(turns[4]).toEqual({ role: 'event', label: 'agent-action', text: 'Ended call' });
  });

  it('falls back to concatenated_transcript, reading its " \\n " separators and "user :"', () => {
    const call = body({
      transcripts: [],
      concatenated_transcript:
        'user : Hello? \n assistant: Hi, this is Ada. \n agent-action: Ended call \n ',
    });
    expect(call.transcript.path).toBe('concatenated_transcript');
    expect(call.transcript.turns).toEqual([
      { role: 'caller', label: 'user', text: 'Hello?' },
      { role: 'agent', label: 'assistant', text: 'Hi, this is Ada.' },
      { role: 'event', label: 'agent-action', text: 'Ended call' },
    ]);
  });

  it('appends the post-transfer conversation with times from transfer_offset_seconds', () => {
    const call = body({
      transcripts: [{ id: 1, user: 'assistant', text: 'Connecting you now.' }],
      transfer_offset_seconds: 9.573,
      post_transfer_transcript: [
        {
          start: 9.544,
          end: 17.8,
          speaker: 2,
          speaker_label: 'representative',
          text: 'Hi, Sam here.',
        },
        { start: 18.912, end: 21.9, speaker: 1, speaker_label: 'user', text: 'About Thursday.' },
      ],
    });
    expect(call.transcript.turns.slice(1)).toEqual([
      {
        role: 'transfer-target',
        label: 'representative',
        text: 'Hi, Sam here.',
        offsetSeconds: 19.117,
      },
      { role: 'caller', label: 'user', text: 'About Thursday.', offsetSeconds: 28.485 },
    ]);
    expect(sentence(call, 'bland.post-transfer-transcript')).toContain('post_transfer_transcript');
  });

  it('says an empty transcript is empty, not missing', () => {
    expect(fixture('no-answer.json').transcript).toEqual({
      state: 'empty',
      path: 'transcripts',
      turns: [],
    });
  });
});

describe('Bland call details', () => {
  it('reads price as US dollars, the recording, the ids and the direction', () => {
    const call = fixture('pathway-post-call.json');
    expect(call.costs).toEqual([{ amount: 0.017, unit: 'usd', path: 'price', breakdown: [] }]);
    expect(call.recordings.map((r) => [r.path, r.safe])).toEqual([['recording_url', true]]);
    expect(call.direction).toBe('outbound');
    expect(call.customer).toEqual({ number: '+15550123456', path: 'to' });
    expect(call.agent).toEqual({ number: '+15550198765', path: 'from' });
    expect(call.callKey).toBe('5e8b1f3c-2a47-4d96-b0c3-71d9e4a6f280');
    expect(call.ids.map((i) => i.kind)).toEqual(['call', 'batch', 'pathway', 'proxy-agent-call']);
  });

  it('puts the caller in `from` on an inbound call', () => {
    const call = body({ inbound: true, from: '+15550000001', to: '+15550000002' });
    expect(call.direction).toBe('inbound');
    expect(call.customer.number).toBe('+15550000001');
    expect(call.agent.number).toBe('+15550000002');
  });

  it('shows the path the agent took from pathway_tags and pathway_logs', () => {
    const groups = fixture('pathway-post-call.json').variables;
    const pathway = groups.find((g) => g.kind === 'pathway');
    expect(pathway?.entries?.map((e) => e.value)).toEqual(['Intro Node', 'Call Completion']);
    const steps = groups.find((g) => g.kind === 'pathway-log');
    expect(steps?.entries?.map((e) => e.name)).toEqual([
      'Intro Node',
      'a7b3c9d2-8e4f-4a5b-9c7d-2e8f6a9b4c7d',
    ]);
  });

  it('reads the summary, the citations and the customer name from metadata', () => {
    const call = fixture('caller-ended-citations.json');
    expect(call.analysis.summary?.path).toBe('summary');
    expect(call.analysis.data).toEqual([
      { key: 'firstName', value: 'Tom', path: 'citations[0].value' },
    ]);
    expect(call.customer.name).toBe('Tom Baker');
    expect(call.event).toEqual({ raw: 'citations', path: 'event_type' });
  });

  it('keeps wrong-typed fields under Other fields with a problem naming the path', () => {
    const { call, problems } = bland.decode({
      call_id: ID,
      c_id: ID,
      call_length: 1,
      price: 'free',
      transcripts: 'none',
      variables: ['x'],
      inbound: 'maybe',
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'inbound',
      'price',
      'transcripts',
      'variables',
    ]);
    for (const path of ['price', 'transcripts', 'variables', 'inbound']) {
      expect(call?.otherFields.map((f) => f.path)).toContain(path);
    }
  });

  it('shows a live log line as facts, not as a call', () => {
    const result = bland.decode(JSON.parse(readFixture('bland', 'live-log-tool.json')));
    expect(result.call).toBeUndefined();
    expect(result.format.label).toBe('Bland AI live call event');
    expect(result.facts?.map((f) => f.label)).toEqual(['Call id', 'Category', 'Level', 'Message']);
  });
});

describe('Bland through the one decode step', () => {
  it('reads a pasted no-answer body as a Bland call that never connected', () => {
    const result = decodeCallText(readFixture('bland', 'no-answer.json'));
    expect(result.format).toMatchObject({ id: 'bland-post-call', vendor: 'bland' });
    expect(result.format.event).toBeUndefined();
    expect(result.call?.outcome.category).toBe('no-answer');
  });

  it('reads a Bland body captured by webhook.site, naming the post-processing event', () => {
    const content = readFixture('bland', 'caller-ended-citations.json');
    const record = { uuid: 'u1', method: 'POST', created_at: '2026-11-30 10:00:00', content };
    const result = decodeCallValue(record);
    expect(result.format).toMatchObject({ vendor: 'bland', event: 'citations' });
    expect(result.call?.outcome.category).toBe('caller-ended');
    expect(result.unwrappedFrom).toMatch(/webhook\.site/);
  });
});
