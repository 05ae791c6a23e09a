import type { CallAction, CallRecord, DecodeResult, Turn } from '../../../src/model/call-record';

/** A call shaped like the vendor's example payload; override what a test is about. */
export function makeCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    vendor: 'synthflow',
    status: {
      raw: 'completed',
      known: true,
      label: 'Completed',
      explanation: 'The call was successful.',
      tone: 'success',
    },
    endReason: {
      raw: 'agent_goodbye',
      known: true,
      label: 'Agent said goodbye',
      explanation: 'A human answered and the AI assistant said goodbye first.',
      tone: 'success',
      source: 'error_message',
      replacedRaw: 'completed',
    },
    lead: { name: 'David', phone: '+1234334546', promptVariables: {} },
    timing: {
      startMs: Date.parse('2024-03-28T18:17:46.205+01:00'),
      startRaw: '2024-03-28T18:17:46.205134+01:00',
      startOffsetMinutes: 60,
      durationSeconds: 32,
      timezone: 'Europe/Berlin',
      timezoneValid: true,
    },
    ids: {
      callId: '1711646262471x768387119913843100',
      modelId: '1711241656808x745681686585854500',
    },
    transcript: {
      state: 'present',
      raw: '',
      turns: [
        { speaker: 'agent', label: 'bot', text: 'Hello, I am calling from [company]!' },
        { speaker: 'caller', label: 'human', text: 'Yes. I want to buy a car.' },
        {
          speaker: 'agent',
          label: 'bot',
          text: 'Oh, that is exciting! Are you selling or renting?',
        },
        { speaker: 'caller', label: 'human', text: 'I want to buy a car by' },
      ],
    },
    actions: [makeAction()],
    analysis: [],
    collectedVariables: [],
    otherFields: [],
    ...overrides,
  };
}

export function makeAction(overrides: Partial<CallAction> = {}): CallAction {
  return {
    key: 'extract_info_1',
    name: 'extract_info_1',
    type: { raw: 'extract_info_action_type', label: 'Extract info', known: true },
    identifier: 'purchase',
    condition: 'if user wants to purchase an item',
    examples: ['car', 'house'],
    parametersHardCoded: {
      kind: 'object',
      value: {
        identifier: 'purchase',
        condition: 'if user wants to purchase an item',
        choices: null,
        examples: ['car', 'house'],
      },
      fromString: false,
    },
    parametersFromLlm: { kind: 'none' },
    returnValue: { kind: 'object', value: { purchase: 'car' }, fromString: false },
    failed: false,
    extra: {},
    ...overrides,
  };
}

/** n alternating turns, each "Turn <i>" plus optional text. */
export function makeTurns(n: number, text = (i: number) => `Turn ${i}`): Turn[] {
  return Array.from({ length: n }, (_, i) => ({
    speaker: i % 2 === 0 ? 'agent' : 'caller',
    label: i % 2 === 0 ? 'bot' : 'human',
    text: text(i),
  }));
}

export function makeResult(overrides: Partial<DecodeResult> = {}): DecodeResult {
  return {
    format: {
      id: 'synthflow-post-call',
      label: 'Synthflow post-call webhook',
      description: 'Sent once when a call ends.',
    },
    call: makeCall(),
    problems: [],
    json: { status: 'completed' },
    ...overrides,
  };
}
