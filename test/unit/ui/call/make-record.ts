import type { CallDecodeResult } from '../../../../src/model/decode-call';
import type { CallRecord, Turn } from '../../../../src/model/record';

/** An empty-but-valid call of a vendor; a test fills in what it is about. */
export function makeRecord(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    vendor: 'bland',
    event: {},
    outcome: { category: 'completed', details: [], failures: [] },
    customer: {},
    agent: {},
    timing: { timezoneValid: true },
    transcript: { state: 'missing', turns: [] },
    toolCalls: [],
    costs: [],
    analysis: { judgements: [], data: [] },
    variables: [],
    recordings: [],
    ids: [],
    notes: [],
    otherFields: [],
    ...overrides,
  };
}

/** A decode result holding a call; a test overrides what it is about. */
export function makeResult(overrides: Partial<CallDecodeResult> = {}): CallDecodeResult {
  return {
    format: {
      id: 'bland-call',
      label: 'Bland AI webhook',
      description: 'Sent when a call ends.',
      vendor: 'bland',
    },
    call: makeRecord(),
    problems: [],
    json: { status: 'completed' },
    ...overrides,
  };
}

/** n alternating agent and caller turns, each "Turn <i>" unless `text` says otherwise. */
export function makeTurns(n: number, text = (i: number) => `Turn ${i}`): Turn[] {
  return Array.from({ length: n }, (_, i) => ({
    role: i % 2 === 0 ? 'agent' : 'caller',
    label: i % 2 === 0 ? 'agent' : 'user',
    text: text(i),
  }));
}

/** A call whose transcript is these turns. */
export function withTurns(turns: Turn[]): CallRecord {
  return makeRecord({ transcript: { state: 'present', path: 'transcripts', turns } });
}

/** The Synthflow seed example's four turns, as a v2 transcript. */
export const seedTurns: Turn[] = [
  { role: 'agent', label: 'bot', text: 'Hello, I am calling from [company]!' },
  { role: 'caller', label: 'human', text: 'Yes. I want to buy a car.' },
  { role: 'agent', label: 'bot', text: 'Oh, that is exciting! Are you selling or renting?' },
  { role: 'caller', label: 'human', text: 'I want to buy a car by' },
];
