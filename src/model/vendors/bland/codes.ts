import type { Failure, OutcomeCategory } from '../../record';

/**
 * Bland's raw codes and what they mean for the vendor-neutral outcome. No English here: labels
 * and Bland's meanings live in src/strings/glossary/bland.ts, keyed by the same codes (lower
 * case). Sources: Bland docs mirrored in CINTELLILABS/docs (commit 91809e1):
 * api-v1/get/calls-id.mdx, api-v1/post/calls.mdx, tutorials/post-call-webhooks.mdx,
 * tutorials/warm-transfer.mdx (vendor-formats.md §3).
 */

interface Meaning {
  category: OutcomeCategory;
  /** The code is itself a failure of this kind (the card's one-line "what went wrong"). */
  failure?: Failure['kind'];
}

/** `status`: "the most up-to-date status of the call". */
export const STATUS: Readonly<Record<string, Meaning>> = {
  completed: { category: 'completed' },
  failed: { category: 'error', failure: 'call-error' },
  busy: { category: 'busy', failure: 'not-connected' },
  'no-answer': { category: 'no-answer', failure: 'not-connected' },
  canceled: { category: 'not-connected', failure: 'not-connected' },
  unknown: { category: 'unknown' },
};

/**
 * `queue_status`, read only when `status` is absent (a call still queued has none). The
 * `*_error` values name the stage an error happened at; `complete_error` comes after the call
 * itself ended (a post-call webhook failed), so the call still counts as completed.
 */
export const QUEUE_STATUS: Readonly<Record<string, Meaning>> = {
  new: { category: 'in-progress' },
  queued: { category: 'in-progress' },
  allocated: { category: 'in-progress' },
  started: { category: 'in-progress' },
  complete: { category: 'completed' },
  // One docs example (calls-id.mdx, 2024) sends "completed" here.
  completed: { category: 'completed' },
  pre_queue_error: { category: 'not-connected', failure: 'call-error' },
  queue_error: { category: 'not-connected', failure: 'call-error' },
  call_error: { category: 'error', failure: 'call-error' },
  complete_error: { category: 'completed', failure: 'call-error' },
};

/** `answered_by` (answering-machine detection on the first five seconds of audio). */
export const ANSWERED_BY = ['human', 'voicemail', 'unknown', 'no-answer'] as const;

/** `call_ended_by`, as sent (upper case). */
export const ENDED_BY: Readonly<Record<string, 'agent' | 'caller'>> = {
  ASSISTANT: 'agent',
  USER: 'caller',
};

/**
 * The documented `error_message` texts (post-call-webhooks.mdx "Error Message Reference"),
 * lower-cased, each with the SIP response it maps from where Bland says. Matching is on the
 * whole text, ignoring case and surrounding spaces.
 */
export const ERROR_MESSAGES: Readonly<Record<string, Meaning>> = {
  'call failed.': { category: 'not-connected', failure: 'not-connected' },
  'call failed. the number you dialed is not found.': {
    category: 'not-connected',
    failure: 'not-connected',
  },
  'call failed. the number you dialed is temporarily unavailable.': {
    category: 'not-connected',
    failure: 'not-connected',
  },
  'call failed. the number you dialed is busy. please try again later.': {
    category: 'busy',
    failure: 'not-connected',
  },
  'call failed. service provider blocked call due to spam or number reputation. try a different number.':
    { category: 'not-connected', failure: 'not-connected' },
  'a database error occurred. please contact support.': {
    category: 'error',
    failure: 'call-error',
  },
  'unable to start call. check the call details error_message for more details.': {
    category: 'not-connected',
    failure: 'call-error',
  },
  unknown: { category: 'error', failure: 'call-error' },
};

/** Error texts outside the list that start with a known prefix (glossary families). */
export const ERROR_PREFIXES: Readonly<Record<string, Meaning>> = {
  'call failed.': { category: 'not-connected', failure: 'not-connected' },
  // Seen in the docs' webhook examples: "Account not allowed to call +1…".
  'account not allowed to call': { category: 'not-connected', failure: 'call-error' },
};

export function errorMeaning(raw: string): Meaning | undefined {
  const text = raw.trim().toLowerCase();
  if (Object.hasOwn(ERROR_MESSAGES, text)) return ERROR_MESSAGES[text];
  const prefix = Object.keys(ERROR_PREFIXES).find((p) => text.startsWith(p));
  return prefix === undefined ? undefined : ERROR_PREFIXES[prefix];
}

/** Built-in `disposition_tag` values (calls.mdx "Built-in Disposition Tags"); custom ones pass raw. */
export const DISPOSITIONS = [
  'INTERESTED',
  'NOT_INTERESTED',
  'FOLLOW_UP_REQUIRED',
  'CALL_BACK_SCHEDULED',
  'TRANSFERRED',
  'OBJECTION_RAISED',
  'NEEDS_MORE_INFO',
  'NOT_QUALIFIED',
  'NO_CONTACT_MADE',
  'COMPLETED_ACTION',
  'DO_NOT_CONTACT',
  'AGENT_ENDED_CALL',
  'NO_ANSWER',
  'BUSY',
  'CANCELED',
  'FAILED',
] as const;

/** `warm_transfer_call.state`: the outcome of the whole warm transfer. Only MERGED connected. */
export const TRANSFER_STATES = [
  'STARTED',
  'MERGED',
  'CANCELLED',
  'NO_ANSWER',
  'TIMED_OUT',
] as const;
export const TRANSFER_MERGED = 'MERGED';
/** Transfer states that mean the transfer ended without reaching anyone. */
export const TRANSFER_FAILED: ReadonlySet<string> = new Set([
  'CANCELLED',
  'NO_ANSWER',
  'TIMED_OUT',
]);

/** `warm_transfer_call.proxy_agent_calls[].state`: each attempt to reach a human agent. */
export const PROXY_CALL_STATES = [
  'WAITING',
  'ATTEMPTING',
  'QUEUED',
  'STARTED',
  'MERGED',
  'FAILED',
  'HUNG_UP',
  'CANCELLED',
] as const;

/** `transcripts[].user`: who spoke, or `agent-action` for something the agent did. */
export const TRANSCRIPT_ROLES = ['user', 'assistant', 'robot', 'agent-action'] as const;

/**
 * Post-processing webhooks label their contents with `event_type` (post-call-webhooks.mdx):
 * one enrichment by name, or `multiple` with a `contents` list.
 */
export const EVENT_TYPES = [
  'citations',
  'corrected_transcript',
  'dispositions',
  'post_transfer_transcript',
  'live_translation_transcript',
  'multiple',
] as const;

/** Categories of the live `webhook_events` log lines `{message, call_id, category, log_level}`. */
export const LOG_CATEGORIES = [
  'queue',
  'call',
  'latency',
  'webhook',
  'tool',
  'dynamic_data',
] as const;

const lower = (codes: readonly string[]) => codes.map((c) => c.toLowerCase());

/** Every code this decoder knows, by glossary kind: the glossary must explain each one. */
export const KNOWN_CODES = {
  status: Object.keys(STATUS),
  queueStatus: Object.keys(QUEUE_STATUS),
  answeredBy: [...ANSWERED_BY],
  endedBy: lower(Object.keys(ENDED_BY)),
  errorMessage: Object.keys(ERROR_MESSAGES),
  disposition: lower(DISPOSITIONS),
  transferState: lower(TRANSFER_STATES),
  proxyCallState: lower(PROXY_CALL_STATES),
  transcriptRole: [...TRANSCRIPT_ROLES],
} as const;
