import type { Failure, OutcomeCategory } from '../../record';

/**
 * Synthflow's raw codes and what they mean for the vendor-neutral outcome. No English here:
 * labels and Synthflow's meanings live in src/strings/glossary/synthflow.ts, keyed by the same
 * codes. Sources: the seed webhooks page (reference/seed-webhooks-doc.txt), docs.synthflow.ai
 * webhooks and changelog (2026-03-18 voicemail_message_left, 2026-03-06 custom_end_call,
 * 2026-06-16 user-canceled), the calls API reference, payload-formats.md §1.
 * Codes are matched trimmed and in lower case, as the glossary does.
 */

export interface Meaning {
  category: OutcomeCategory;
  endedBy?: 'agent' | 'caller' | 'system';
  /** The code is itself a failure of this kind (the card's one-line "what went wrong"). */
  failure?: Failure['kind'];
}

const notConnected = (category: OutcomeCategory = 'not-connected'): Meaning => ({
  category,
  failure: 'not-connected',
});
const going: Meaning = { category: 'in-progress' };

/** call.status (webhook) and call_status (calls API): the seed list, then newer docs. */
export const STATUSES: Readonly<Record<string, Meaning>> = {
  completed: { category: 'completed' },
  failed: { category: 'error', failure: 'call-error' },
  queue: going,
  paused: going,
  initiated: going,
  'no-answer': notConnected('no-answer'),
  busy: notConnected('busy'),
  hangup_on_voicemail: { category: 'voicemail', endedBy: 'agent' },
  pending: going,
  ringing: going,
  'in-progress': going,
  registered: going,
  canceled: notConnected(),
  // The caller hung up within the first second, before the agent answered (2026-06-16).
  'user-canceled': { category: 'caller-ended', endedBy: 'caller' },
  left_voicemail: { category: 'voicemail', endedBy: 'agent' },
  spam: notConnected(),
};

/**
 * call.end_call_reason. Reasons without a meaning of their own (`undefined`, a cut-off call)
 * are known codes but leave the category to the status.
 */
export const END_REASONS: Readonly<Record<string, Meaning | undefined>> = {
  voicemail: { category: 'voicemail' },
  human_goodbye: { category: 'caller-ended', endedBy: 'caller' },
  agent_goodbye: { category: 'agent-ended', endedBy: 'agent' },
  human_pick_up_cut_off: undefined,
  max_duration: { category: 'completed', endedBy: 'system' },
  undefined: undefined,
  voicemail_message_left: { category: 'voicemail', endedBy: 'agent' },
  custom_end_call: { category: 'agent-ended', endedBy: 'agent' },
  user_canceled: { category: 'caller-ended', endedBy: 'caller' },
  // In the calls API reference's example (list-calls), not in the webhook docs.
  human_hangup: { category: 'caller-ended', endedBy: 'caller' },
};

/**
 * Seen in end_call_reason in real payloads but not documented reasons (payload-formats.md §1):
 * explained in the glossary, but never "known" for the error_message rule (pickEndReason). The
 * seed example says `completed` there and puts the real reason in error_message.
 */
export const OBSERVED_REASONS: Readonly<Record<string, Meaning | undefined>> = {
  completed: undefined,
  'failed to start outbound call': { category: 'error', failure: 'call-error' },
};

/** executed_actions[].action_type values seen (payload-formats.md §1 census). */
export const ACTION_TYPES = [
  'extract_info_action_type',
  'transfer_call_action_type',
  'send_sms_action_type',
  'calcom_booking_action_type',
  'custom_function_action_type',
] as const;

export const TRANSFER_ACTION = 'transfer_call_action_type';

export function normalise(raw: string): string {
  return raw.trim().toLowerCase();
}

export function statusMeaning(raw: string): Meaning | undefined {
  const key = normalise(raw);
  return Object.hasOwn(STATUSES, key) ? STATUSES[key] : undefined;
}

export function isKnownEndReason(raw: string): boolean {
  return Object.hasOwn(END_REASONS, normalise(raw));
}

export function endReasonMeaning(raw: string): Meaning | undefined {
  const key = normalise(raw);
  if (Object.hasOwn(END_REASONS, key)) return END_REASONS[key];
  return Object.hasOwn(OBSERVED_REASONS, key) ? OBSERVED_REASONS[key] : undefined;
}

/** Every code this decoder knows, by glossary kind: the glossary must explain each one. */
export const KNOWN_CODES = {
  status: Object.keys(STATUSES),
  endReason: [...Object.keys(END_REASONS), ...Object.keys(OBSERVED_REASONS)],
  toolKind: [...ACTION_TYPES],
} as const;
