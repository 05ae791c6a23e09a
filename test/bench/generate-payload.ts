/**
 * A realistic Synthflow post-call payload of about `targetChars` characters, for benchmarks:
 * a long transcript of alternating bot:/human: turns (multi-line turns included), many actions
 * with parameters and return values sent as JSON strings (payload quirk 1), analysis with
 * string booleans. Deterministic: the same size always gives the same text.
 */

/** The lead's name: what both the card and the built-in viewer are timed until they show. */
export const LEAD_NAME = 'Maria Schneider';

const BOT_LINES = [
  'Hello, this is Lena from Nordhaus Immobilien. Do you have a couple of minutes?',
  'Great. Could you tell me the size of the flat and how many rooms it has?',
  'Thank you. And is the flat currently rented out, or do you live there yourself?',
  'I understand. Shall we book a call back with our valuation team on Thursday at 10?',
  "Perfect, I've noted that down. Is there anything else I can help you with today?",
];
const HUMAN_LINES = [
  'Yes, sure, go ahead.',
  'About 84 square metres,\nthree rooms and a balcony facing the courtyard.',
  'We live there ourselves, but we are moving to Dresden in the autumn.',
  'Thursday works, but after ten please, I drop the kids off first.',
  'No, that is all. Thank you, goodbye!',
];
const ACTION_TYPES = [
  'extract_info_action_type',
  'extract_info_action_type',
  'transfer_call_action_type',
  'send_sms_action_type',
  'calcom_booking_action_type',
  'custom_function_action_type',
];
const ANALYSIS_VALUES = ['true', 'false', 'partial', 'True', 'not_applicable'];

/**
 * Actions per payload: one per this many characters, between MIN_ACTIONS and MAX_ACTIONS. A call
 * runs a handful of actions (one workspace's census: 159 actions over its calls), so 40 is already
 * many; what makes a payload large is its transcript (the 1 MB ≈ 10,000 turns).
 * `generatePayload(…, { actions })` overrides the count for a stress case.
 */
const CHARS_PER_ACTION = 4000;
const MIN_ACTIONS = 3;
const MAX_ACTIONS = 40;

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

function action(index: number): Record<string, unknown> {
  const type = pick(ACTION_TYPES, index);
  const identifier = `slot ${index}`;
  const failedTransfer = type === 'transfer_call_action_type' && index % 4 === 0;
  return {
    name: `Action ${index}`,
    action_type: type,
    description: 'Extracts what the caller says about the property, in their own words.',
    parameters_hard_coded: JSON.stringify({
      identifier,
      condition: `when the caller mentions ${identifier}`,
      choices: null,
      examples: ['84 square metres', 'three rooms', 'a balcony', 'moving in the autumn'],
    }),
    parameters_from_llm: JSON.stringify({ reasoning: pick(HUMAN_LINES, index), confidence: 0.82 }),
    error_message: null,
    return_value: failedTransfer
      ? { status: 'transfer-failed-timeout', transferred_to: '+4934112345678' }
      : JSON.stringify({ [identifier]: pick(HUMAN_LINES, index + 1) }),
    return_value_status: 'success',
    is_relevant_action: index % 3 === 0 ? 'true' : true,
    timestamp: 1749714095000 + index * 1000,
    timestamp_datetime: new Date(1749714095000 + index * 1000).toISOString(),
  };
}

function analysis(): Record<string, string> {
  const keys = [
    'goal',
    'persona',
    'style',
    'steps',
    'knowledge',
    'appointment',
    'objections',
    'call_completion',
    'answered_by_human',
    'call_summary',
  ];
  return Object.fromEntries(
    keys.flatMap((key, i) => [
      [key, pick(ANALYSIS_VALUES, i)],
      [`${key}_feedback`, `The agent handled ${key.replace(/_/g, ' ')} as the script asks.`],
    ]),
  );
}

function envelope(transcript: string, actionCount: number): Record<string, unknown> {
  const executedActions = Object.fromEntries(
    Array.from({ length: actionCount }, (_, i) => [`info_extractor_slot ${i}`, action(i)]),
  );
  return {
    status: 'completed',
    error_message: '',
    lead: {
      name: LEAD_NAME,
      phone_number: '+4915123456789',
      prompt_variables: { first_name: 'Maria', property_city: 'Leipzig' },
    },
    call: {
      status: 'completed',
      end_call_reason: 'human_goodbye',
      model_id: '5c0a2f8e-3b7d-4a51-9a0e-2f4c1d7e8b90',
      timezone: 'Europe/Berlin',
      call_id: '9b1f6c2a-7d3e-4f85-a2c4-1e6b8d0f3a57',
      duration: 187,
      start_time: '2025-06-12T09:41:03.118842+02:00',
      recording_url: 'https://storage.example-cdn.com/recordings/9b1f6c2a.mp3?X-Amz-Signature=3f9a',
      transcript,
      external_id: null,
    },
    executed_actions: executedActions,
    analysis: analysis(),
    collected_variables: { budget: { value: '350k', collected: 'true' } },
    metadata: { campaign: 'valuation-leipzig-q2' },
  };
}

export function generatePayload(targetChars: number, options: { actions?: number } = {}): string {
  const actionCount =
    options.actions ??
    Math.min(MAX_ACTIONS, Math.max(MIN_ACTIONS, Math.floor(targetChars / CHARS_PER_ACTION)));
  const frame = JSON.stringify(envelope('', actionCount), null, 2);
  const parts: string[] = [];
  let length = frame.length;
  for (let turn = 0; length < targetChars; turn += 1) {
    const line =
      turn % 2 === 0
        ? `bot:  ${pick(BOT_LINES, turn >> 1)}`
        : `human:  ${pick(HUMAN_LINES, turn >> 1)}`;
    parts.push(`\n${line}`);
    // JSON escapes each newline as two characters.
    length += line.length + 2 + (line.match(/\n/g)?.length ?? 0);
  }
  return JSON.stringify(envelope(parts.join(''), actionCount), null, 2);
}
