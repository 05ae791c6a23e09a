import type { Failure, OutcomeCategory } from '../../record';

/**
 * Retell's raw codes and what they mean for the vendor-neutral outcome. No English here: labels
 * and Retell's meanings live in src/strings/glossary/retell.ts, keyed by the same codes.
 * Sources: RetellAI/retell-typescript-sdk src/resources/call.ts (2026 enums), docs.retellai.com
 * "Debug call disconnection" and the 6-30 deprecation notice (vendor-formats.md §2).
 */

/** Webhook events that carry a voice call's record (`call` or, in old payloads, `data`). */
export const CALL_EVENTS = [
  'call_started',
  'call_ended',
  'call_analyzed',
  'transcript_updated',
] as const;

/** Events about a transfer leg or a chat: recognised, shown as facts, not as a call card. */
export const OTHER_EVENTS = [
  'transfer_started',
  'transfer_bridged',
  'transfer_cancelled',
  'transfer_ended',
  'chat_started',
  'chat_ended',
  'chat_analyzed',
] as const;

export type CallEvent = (typeof CALL_EVENTS)[number];
export type RetellEvent = CallEvent | (typeof OTHER_EVENTS)[number];

export function isCallEvent(raw: string): raw is CallEvent {
  return (CALL_EVENTS as readonly string[]).includes(raw);
}

export function isRetellEvent(raw: string): raw is RetellEvent {
  return isCallEvent(raw) || (OTHER_EVENTS as readonly string[]).includes(raw);
}

/** call_status → category, when no disconnection_reason says more. */
export const STATUS_CATEGORY: Readonly<Record<string, OutcomeCategory>> = {
  registered: 'in-progress',
  ongoing: 'in-progress',
  ended: 'completed',
  // Since 2025-07-02; before that, calls that never connected ended as `error`.
  not_connected: 'not-connected',
  error: 'error',
};

interface ReasonMeaning {
  category: OutcomeCategory;
  endedBy?: 'agent' | 'caller' | 'system';
  /** The reason is itself a failure of this kind (the card's one-line "what went wrong"). */
  failure?: Failure['kind'];
}

const notConnected = (category: OutcomeCategory = 'not-connected'): ReasonMeaning => ({
  category,
  failure: 'not-connected',
});
const callError: ReasonMeaning = { category: 'error', failure: 'call-error' };

/**
 * Every disconnection_reason in the SDK's 2026 enum, plus values older payloads still carry.
 * Reasons Retell lists without a meaning (transfer_cancelled, manual_stopped, call_take_over)
 * are known codes but leave the category to call_status.
 */
export const REASONS: Readonly<Record<string, ReasonMeaning | undefined>> = {
  user_hangup: { category: 'caller-ended', endedBy: 'caller' },
  agent_hangup: { category: 'agent-ended', endedBy: 'agent' },
  call_transfer: { category: 'transferred', endedBy: 'agent' },
  voicemail_reached: { category: 'voicemail', endedBy: 'agent' },
  ivr_reached: { category: 'agent-ended', endedBy: 'agent' },
  inactivity: { category: 'completed', endedBy: 'system' },
  max_duration_reached: { category: 'completed', endedBy: 'system' },
  dial_busy: notConnected('busy'),
  dial_no_answer: notConnected('no-answer'),
  dial_failed: notConnected(),
  invalid_destination: notConnected(),
  telephony_provider_permission_denied: notConnected(),
  telephony_provider_unavailable: notConnected(),
  sip_routing_error: notConnected(),
  marked_as_spam: notConnected(),
  user_declined: notConnected(),
  concurrency_limit_reached: callError,
  no_concurrency_fallback: callError,
  no_valid_payment: callError,
  scam_detected: callError,
  error_llm_websocket_open: callError,
  error_llm_websocket_lost_connection: callError,
  error_llm_websocket_runtime: callError,
  error_llm_websocket_corrupt_payload: callError,
  error_no_audio_received: callError,
  error_asr: callError,
  error_retell: callError,
  error_unknown: callError,
  error_user_not_joined: callError,
  registered_call_timeout: callError,
  transfer_bridged: { category: 'transferred' },
  transfer_cancelled: undefined,
  manual_stopped: undefined,
  call_take_over: undefined,
  // Removed from the enum but still in stored and replayed payloads (retell-python-sdk history).
  machine_detected: { category: 'voicemail', endedBy: 'agent' },
  error_twilio: callError,
  error_frontend_corrupted_payload: callError,
  error_inbound_webhook: callError,
};

/** Every code this decoder knows, by glossary kind: the glossary must explain each one. */
export const KNOWN_CODES = {
  status: Object.keys(STATUS_CATEGORY),
  endReason: Object.keys(REASONS),
  sentiment: ['negative', 'positive', 'neutral', 'unknown'],
  callType: ['phone_call', 'web_call'],
} as const;
