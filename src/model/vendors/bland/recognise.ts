import { childPath } from '../../json/path';
import { isPlainObject } from '../../lenient';
import { SCORE } from '../vendor-decoder';
import { EVENT_TYPES } from './codes';

/**
 * What a Bland payload is. `call`: the post-call webhook (a flat call record, no envelope) or
 * the same record from GET /v1/calls/{id}, with or without the post-processing `event_type`
 * label. `enrichment`: a separate post-processing webhook (`{call_id, event_type, citations…}`).
 * `log`: a live `webhook_events` line (`{message, call_id, category, log_level}`).
 */
export type PayloadKind = 'call' | 'enrichment' | 'log';

/** Keys only Bland's call record has; a no-answer call has `transcripts: []`, so not those. */
const CALL_KEYS = ['call_length', 'queue_status'] as const;
const MORE_CALL_KEYS = [
  'corrected_duration',
  'concatenated_transcript',
  'call_ended_by',
  'answered_by',
];

const has = (value: Record<string, unknown>, key: string) => Object.hasOwn(value, key);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

export function payloadKind(value: unknown): PayloadKind | undefined {
  return classify(value)?.kind;
}

/**
 * Certain: `call_id` and `c_id` (the same UUID) with `call_length` or `queue_status`. Strong: the
 * two ids differ, or only the ids are sent; a post-processing webhook or a live log line. Weak:
 * a GET /v1/calls record without `c_id` (B-R2 capture) that still has `call_length` or
 * `queue_status` and another key only Bland sends. Other platforms score 0: none puts `call_id`
 * at the top level (Retell nests it under `call`, Synthflow under `call`, Vapi under
 * `message.call`, ElevenLabs under `data`).
 */
export function recogniseBland(value: unknown): number {
  return classify(value)?.score ?? 0;
}

function classify(value: unknown): { kind: PayloadKind; score: number } | undefined {
  if (!isPlainObject(value) || !isText(value.call_id)) return undefined;
  const callShape = CALL_KEYS.some((key) => has(value, key));
  if (isText(value.c_id)) {
    const score = callShape && value.c_id === value.call_id ? SCORE.certain : SCORE.strong;
    return { kind: 'call', score };
  }
  if (callShape && MORE_CALL_KEYS.some((key) => has(value, key))) {
    return { kind: 'call', score: SCORE.weak };
  }
  const eventType = value.event_type;
  if (typeof eventType === 'string' && (EVENT_TYPES as readonly string[]).includes(eventType)) {
    return { kind: 'enrichment', score: SCORE.strong };
  }
  if (isText(value.category) && isText(value.log_level) && typeof value.message === 'string') {
    return { kind: 'log', score: SCORE.strong };
  }
  return undefined;
}

/**
 * GET /v1/calls answers `{count, calls: [{call_id, call_length, queue_status, …}]}` (docs
 * api-v1/get/calls.mdx): developers paste it when a webhook went missing. Its items are calls
 * when at least one of them is a Bland call record.
 */
export function blandListItems(
  value: unknown,
): Array<{ path: string; value: unknown }> | undefined {
  if (!isPlainObject(value) || !Array.isArray(value.calls)) return undefined;
  const calls: unknown[] = value.calls;
  if (!calls.some((item) => classify(item)?.kind === 'call')) return undefined;
  return calls.map((item, index) => ({ path: childPath('calls', index), value: item }));
}
