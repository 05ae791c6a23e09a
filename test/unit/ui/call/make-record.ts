import type { CallRecord } from '../../../../src/model/record';

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
