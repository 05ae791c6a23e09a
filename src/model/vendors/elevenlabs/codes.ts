import type { Failure, OutcomeCategory, Verdict } from '../../record';

/**
 * ElevenLabs' raw codes and what they mean for the vendor-neutral outcome. No English here: the
 * labels and ElevenLabs' meanings live in src/strings/glossary/elevenlabs.ts, keyed by the same
 * codes. Sources: elevenlabs-docs "Post-call webhooks" page, elevenlabs-python src/elevenlabs/types
 * (Jul 2026), and real captured payloads (vendor-formats.md §4: E-R1, E-R2, E-R3).
 */

/** The three post-call webhook events (`type`). */
export const EVENTS = [
  'post_call_transcription',
  'post_call_audio',
  'call_initiation_failure',
] as const;
export type ElevenLabsEvent = (typeof EVENTS)[number];

export function isElevenLabsEvent(raw: unknown): raw is ElevenLabsEvent {
  return typeof raw === 'string' && (EVENTS as readonly string[]).includes(raw);
}

/** `data.status` (SDK ConversationHistory status) → category, when nothing says more. */
export const STATUS_CATEGORY: Readonly<Record<string, OutcomeCategory>> = {
  initiated: 'in-progress',
  'in-progress': 'in-progress',
  processing: 'in-progress',
  done: 'completed',
  failed: 'error',
};

export interface Meaning {
  category: OutcomeCategory;
  endedBy?: 'agent' | 'caller' | 'system';
  failure?: Failure['kind'];
}

/**
 * `metadata.termination_reason` is free text, not an enum. The texts seen in real payloads,
 * lower-cased and trimmed. "Client disconnected" is the browser or media-stream websocket
 * closing, optionally followed by its close code ("Client disconnected: 1000"), so it is matched
 * as a prefix too.
 */
export const TERMINATION: Readonly<Record<string, Meaning>> = {
  'end_call tool was called.': { category: 'agent-ended', endedBy: 'agent' },
  'call ended by remote party': { category: 'caller-ended', endedBy: 'caller' },
  'client disconnected': { category: 'caller-ended', endedBy: 'caller' },
};
export const TERMINATION_PREFIXES: ReadonlyArray<readonly [string, Meaning]> = [
  ['client disconnected:', { category: 'caller-ended', endedBy: 'caller' }],
];

export function terminationMeaning(raw: string): Meaning | undefined {
  const text = raw.trim().toLowerCase();
  if (Object.hasOwn(TERMINATION, text)) return TERMINATION[text];
  return TERMINATION_PREFIXES.find(([prefix]) => text.startsWith(prefix))?.[1];
}

/** `call_initiation_failure` `failure_reason` (docs: "busy", "no-answer", "unknown"). */
export const FAILURE_REASONS: Readonly<Record<string, OutcomeCategory>> = {
  busy: 'busy',
  'no-answer': 'no-answer',
  unknown: 'not-connected',
};

/** Twilio's final `CallStatus` for a call that never connected (Twilio call resource docs). */
export const TWILIO_STATUS: Readonly<Record<string, OutcomeCategory>> = {
  busy: 'busy',
  'no-answer': 'no-answer',
  failed: 'not-connected',
  canceled: 'not-connected',
};

/** SIP final responses that say busy or unanswered (RFC 3261 §21); others: not connected. */
export const SIP_CATEGORY: Readonly<Record<string, OutcomeCategory>> = {
  '486': 'busy',
  '600': 'busy',
  '408': 'no-answer',
  '480': 'no-answer',
};

/** SIP codes the glossary explains. */
export const SIP_CODES = [
  '400',
  '403',
  '404',
  '407',
  '408',
  '410',
  '480',
  '484',
  '486',
  '487',
  '488',
  '500',
  '502',
  '503',
  '504',
  '600',
  '603',
  '604',
  '606',
] as const;

/** `analysis.call_successful` and each evaluation criterion's `result`: strings, not booleans. */
export const VERDICTS: Readonly<Record<string, Verdict>> = {
  success: 'true',
  failure: 'false',
  unknown: 'unknown',
};

/**
 * System tools whose success changes what happened to the call (SDK system tool result
 * `result_type`s): a transfer hands the caller on; voicemail detection hangs up on a machine.
 */
export const OUTCOME_RESULT_TYPES: Readonly<Record<string, Meaning>> = {
  transfer_to_number_twilio_success: { category: 'transferred', endedBy: 'agent' },
  transfer_to_number_sip_success: { category: 'transferred', endedBy: 'agent' },
  transfer_to_number_exotel_success: { category: 'transferred', endedBy: 'agent' },
  voicemail_detection_success: { category: 'voicemail', endedBy: 'agent' },
};

/** Every code this decoder knows, by glossary kind: the glossary must explain each one. */
export const KNOWN_CODES = {
  status: Object.keys(STATUS_CATEGORY),
  endReason: Object.keys(TERMINATION),
  failureReason: Object.keys(FAILURE_REASONS),
  twilioStatus: Object.keys(TWILIO_STATUS),
  sipCode: SIP_CODES,
  verdict: Object.keys(VERDICTS),
  telephony: ['twilio', 'sip', 'sip_trunking', 'exotel'],
  toolKind: ['system', 'webhook', 'client', 'mcp', 'workflow', 'api_integration_webhook', 'code'],
} as const;
