import type { Failure, OutcomeCategory } from '../../record';

/**
 * Vapi's raw codes and what they mean for the vendor-neutral outcome. No English here: labels and
 * Vapi's meanings live in src/strings/glossary/vapi.ts and vapi-end-reasons.ts, keyed by the same
 * codes. Sources: VapiAI/docs fern/apis/api/openapi.json (eabfa53, 2026: 627 endedReason values,
 * the `ServerMessage*` types), fern/calls/call-ended-reason.mdx (now and ec6b757, 2024-10).
 */

/** Every `message.type` in the 2026 spec, plus the legacy `function-call`. */
export const MESSAGE_TYPES = [
  'end-of-call-report',
  'status-update',
  'assistant-request',
  'assistant.speechStarted',
  'call.artifact.upload',
  'call.delete.failed',
  'call.deleted',
  'call.endpointing.request',
  'campaign.predial',
  'chat.created',
  'chat.deleted',
  'conversation-update',
  'function-call',
  'handoff-destination-request',
  'hang',
  'knowledge-base-request',
  'language-change-detected',
  'model-output',
  'phone-call-control',
  'session.created',
  'session.deleted',
  'session.updated',
  'speech-update',
  'tool-calls',
  'transcript',
  'transcript[transcriptType="final"]',
  'transfer-destination-request',
  'transfer-update',
  'user-interrupted',
  'voice-input',
  'voice-request',
] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];

export function isMessageType(raw: string): raw is MessageType {
  return (MESSAGE_TYPES as readonly string[]).includes(raw);
}

/** `status-update` statuses (also `call.status`, which in a report is a creation-time snapshot). */
export const STATUS_CATEGORY: Readonly<Record<string, OutcomeCategory>> = {
  scheduled: 'in-progress',
  queued: 'in-progress',
  ringing: 'in-progress',
  'in-progress': 'in-progress',
  forwarding: 'in-progress',
  ended: 'completed',
  'not-found': 'unknown',
  'deletion-failed': 'unknown',
};

export interface ReasonMeaning {
  category: OutcomeCategory;
  endedBy?: 'agent' | 'caller' | 'system';
  /** The reason is itself a failure of this kind (the card's one-line "what went wrong"). */
  failure?: Failure['kind'];
}

const caller: ReasonMeaning = { category: 'caller-ended', endedBy: 'caller' };
const agent: ReasonMeaning = { category: 'agent-ended', endedBy: 'agent' };
const system: ReasonMeaning = { category: 'completed', endedBy: 'system' };
const completed: ReasonMeaning = { category: 'completed' };
const error: ReasonMeaning = { category: 'error', failure: 'call-error' };
const notConnected: ReasonMeaning = { category: 'not-connected', failure: 'not-connected' };
const transferFailed: ReasonMeaning = { category: 'error', failure: 'transfer-failed' };

/**
 * The reasons Vapi documents one by one (and the 2024 ones gone from the 2026 enum, which old
 * payloads still carry). The ~560 provider-generated reasons are matched by FAMILIES below.
 */
export const REASONS: Readonly<Record<string, ReasonMeaning>> = {
  'assistant-ended-call': agent,
  'assistant-ended-call-after-message-spoken': agent,
  'assistant-ended-call-with-hangup-task': agent,
  'assistant-said-end-call-phrase': agent,
  'assistant-forwarded-call': { category: 'transferred', endedBy: 'agent' },
  'assistant-join-timed-out': error,
  'assistant-not-found': error,
  'assistant-not-valid': error,
  'assistant-request-failed': error,
  'assistant-request-returned-error': error,
  'assistant-request-returned-unspeakable-error': error,
  'assistant-request-returned-invalid-assistant': error,
  'assistant-request-returned-no-assistant': error,
  'assistant-request-returned-forwarding-phone-number': { category: 'transferred' },
  'call-start-error-neither-assistant-nor-server-set': error,
  'scheduled-call-deleted': notConnected,
  'call-deleted': system,
  'manually-canceled': system,
  'customer-ended-call': caller,
  'customer-busy': { category: 'busy', failure: 'not-connected' },
  'customer-did-not-answer': { category: 'no-answer', failure: 'not-connected' },
  'customer-did-not-give-microphone-permission': notConnected,
  'customer-ended-call-before-warm-transfer': caller,
  'customer-ended-call-after-warm-transfer-attempt': caller,
  'customer-ended-call-during-transfer': caller,
  'exceeded-max-duration': system,
  'silence-timed-out': system,
  voicemail: { category: 'voicemail' },
  'worker-shutdown': error,
  'phone-call-provider-closed-websocket': error,
  'phone-call-provider-bypass-enabled-but-no-call-received': notConnected,
  'twilio-failed-to-connect-call': notConnected,
  'twilio-reported-customer-misdialed': notConnected,
  'call.in-progress.twilio-completed-call': completed,
  'vonage-disconnected': completed,
  'vonage-failed-to-connect-call': notConnected,
  'vonage-rejected': notConnected,
  'vonage-completed': completed,
  'call.in-progress.error-assistant-did-not-receive-customer-audio': error,
  'call.in-progress.error-pipeline-no-available-llm-model': error,
  'call.in-progress.error-pipeline-ws-model-connection-failed': error,
  'call.in-progress.error-transfer-failed': transferFailed,
  'call.in-progress.error-warm-transfer-max-duration': transferFailed,
  'call.in-progress.error-warm-transfer-assistant-cancelled': transferFailed,
  'call.in-progress.error-warm-transfer-silence-timeout': transferFailed,
  'call.in-progress.error-warm-transfer-microphone-timeout': transferFailed,
  'call.in-progress.error-sip-inbound-call-failed-to-connect': notConnected,
  'call.in-progress.error-sip-outbound-call-failed-to-connect': notConnected,
  'call.in-progress.error-providerfault-outbound-sip-403-forbidden': notConnected,
  'call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required':
    notConnected,
  // SIP 408 and 480 are the callee not picking up (docs: "Phone rang but no answer").
  'call.in-progress.error-providerfault-outbound-sip-408-request-timeout': {
    category: 'no-answer',
    failure: 'not-connected',
  },
  'call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable': {
    category: 'no-answer',
    failure: 'not-connected',
  },
  'call.in-progress.error-providerfault-outbound-sip-503-service-unavailable': notConnected,
  'call.in-progress.error-vapifault-transport-never-connected': notConnected,
  'call.in-progress.error-providerfault-transport-never-connected': notConnected,
  'call.ringing.error-sip-inbound-call-failed-to-connect': notConnected,
  'call.ringing.sip-inbound-caller-hungup-before-call-connect': {
    category: 'not-connected',
    endedBy: 'caller',
  },
  'call.in-progress.sip-completed-call': completed,
  'call.ringing.hook-executed-say': agent,
  'call.ringing.hook-executed-transfer': { category: 'transferred', endedBy: 'agent' },
  'call.ending.hook-executed-say': agent,
  'call.ending.hook-executed-transfer': { category: 'transferred', endedBy: 'agent' },
  'call.forwarding.operator-busy': transferFailed,
  'call.forwarding.no-answer': transferFailed,
  'call.start.assistant-version-error-validation': error,
  // In the 2024 list, gone from the 2026 enum; still in stored and replayed payloads.
  'assistant-error': error,
  'assistant-not-invalid': error,
  'assistant-not-provided': error,
  'pipeline-error-first-message-failed': error,
  'pipeline-no-available-llm-model': error,
  'unknown-error': error,
};

/**
 * Reasons by prefix, for the generated ones (`pipeline-error-openai-429-exceeded-quota`) and for
 * codes newer than this table. Longest prefix wins; the glossary explains the same prefixes.
 */
export const FAMILIES: ReadonlyArray<{ prefix: string } & ReasonMeaning> = [
  { prefix: 'call.start.error-', ...error },
  { prefix: 'call.start.', ...error },
  { prefix: 'call-start-error-', ...error },
  { prefix: 'assistant-request-', ...error },
  { prefix: 'pipeline-error-', ...error },
  { prefix: 'pipeline-', ...error },
  { prefix: 'call.in-progress.error-vapifault-', ...error },
  { prefix: 'call.in-progress.error-providerfault-', ...error },
  { prefix: 'call.in-progress.error-providerfault-outbound-sip-', ...notConnected },
  { prefix: 'call.in-progress.error-warm-transfer-', ...transferFailed },
  { prefix: 'call.in-progress.error-sip-', ...notConnected },
  { prefix: 'call.in-progress.error-', ...error },
  { prefix: 'call.ringing.error-', ...notConnected },
  { prefix: 'call.forwarding.', ...transferFailed },
  { prefix: 'twilio-failed-', ...notConnected },
  { prefix: 'vonage-failed-', ...notConnected },
  { prefix: 'customer-ended-call', ...caller },
  { prefix: 'assistant-ended-call', ...agent },
];

/** The meaning of an end reason: its own entry, else its family's (longest prefix). */
export function reasonMeaning(raw: string): (ReasonMeaning & { family?: string }) | undefined {
  if (Object.hasOwn(REASONS, raw)) return REASONS[raw];
  let best: (typeof FAMILIES)[number] | undefined;
  for (const family of FAMILIES) {
    if (raw.startsWith(family.prefix) && family.prefix.length > (best?.prefix.length ?? 0)) {
      best = family;
    }
  }
  if (best === undefined) return undefined;
  const { prefix, ...meaning } = best;
  return { ...meaning, family: prefix };
}

/** `artifact.transfers[].status` values that mean the transfer did not go through. */
export const FAILED_TRANSFER_STATUSES: ReadonlySet<string> = new Set([
  'no-answer',
  'busy',
  'voicemail',
  'failed',
  'cancelled',
]);

/**
 * What Vapi writes as a tool's result when the tool server sent none (timeout, wrong format):
 * "No result returned." (custom-tools-troubleshooting.mdx; real call logs add "If this is
 * unexpected, see troubleshooting tips…"). Matched as the start of the result text.
 */
export const NO_RESULT_PREFIX = 'No result returned';

/** What Vapi gives the model while a tool's result has not arrived (async tools, slow servers). */
export const PENDING_PREFIX = 'Tool Result Still Pending';

/** `call.type` → direction. A websocket call, like a web call, has no phone numbers. */
export const CALL_TYPES = {
  inboundPhoneCall: 'inbound',
  outboundPhoneCall: 'outbound',
  webCall: 'web',
  'vapi.websocketCall': 'web',
} as const;

/** Every code this decoder knows, by glossary kind: the glossary must explain each one. */
export const KNOWN_CODES = {
  status: Object.keys(STATUS_CATEGORY),
  endReason: Object.keys(REASONS),
  callType: Object.keys(CALL_TYPES),
  transferStatus: ['connected', 'completed', ...FAILED_TRANSFER_STATUSES],
} as const;
