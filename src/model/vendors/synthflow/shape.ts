import { isPlainObject } from '../../lenient';
import { SCORE } from '../vendor-decoder';

/**
 * What a Synthflow payload is, from its top-level shape (payload-formats.md §1, the calls API
 * reference): the post-call webhook (`{status, lead, call{…}, executed_actions…}`, no `event`),
 * the inbound-call webhook (`{event: "call_inbound", call_inbound{…}}`), one calls API record
 * (flat, `call_status` + `call_id`), or a calls API page (`{status, response{calls[…]}}`).
 */
export type Shape =
  | { kind: 'post-call'; payload: Record<string, unknown>; score: number }
  | { kind: 'inbound'; payload: Record<string, unknown>; score: number }
  | { kind: 'api-call'; payload: Record<string, unknown>; score: number }
  | { kind: 'api-list'; payload: Record<string, unknown>; calls: unknown[]; score: number };

/** Envelope keys of other platforms (Retell `event`/`event_type`, ElevenLabs `type`, Vapi `message`). */
const OTHER_ENVELOPES = ['event', 'event_type', 'type', 'message'];

/** Keys of the webhook's `call` object only Synthflow sends. */
const WEBHOOK_CALL_KEYS = ['end_call_reason', 'model_id', 'custom_end_call_reason'];
/** Keys a call object of any platform may have. */
const GENERIC_CALL_KEYS = ['status', 'call_id', 'duration', 'start_time', 'transcript', 'timezone'];
/** Top-level keys of the webhook beside `call`. */
const WEBHOOK_MARKERS = ['lead', 'executed_actions', 'analysis', 'collected_variables'];
/** Keys of a calls API record only Synthflow sends (a bare Retell call also has call_status). */
const API_KEYS = [
  'model_id',
  'end_call_reason',
  'lead_phone_number',
  'lead_name',
  'telephony_duration',
  'judge_results',
  'type_of_call',
  'executed_actions',
  'phone_number_from',
];

function count(record: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => Object.hasOwn(record, key)).length;
}

export function readShape(value: unknown): Shape | undefined {
  if (!isPlainObject(value)) return undefined;
  if (value.event === 'call_inbound') {
    const score = isPlainObject(value.call_inbound) ? SCORE.certain : SCORE.strong;
    return { kind: 'inbound', payload: value, score };
  }
  if (count(value, OTHER_ENVELOPES) > 0) return undefined;
  return apiList(value) ?? apiCall(value) ?? postCall(value);
}

function apiList(value: Record<string, unknown>): Shape | undefined {
  const response = value.response;
  if (!isPlainObject(response) || !Array.isArray(response.calls)) return undefined;
  const first = response.calls[0];
  const looksRight = value.status === 'ok' && (first === undefined || apiCall(first) !== undefined);
  return {
    kind: 'api-list',
    payload: value,
    calls: response.calls,
    score: looksRight ? SCORE.certain : SCORE.weak,
  };
}

function apiCall(value: unknown): Shape | undefined {
  if (!isPlainObject(value) || typeof value.call_status !== 'string') return undefined;
  if (!Object.hasOwn(value, 'call_id')) return undefined;
  const specific = count(value, API_KEYS);
  if (specific === 0) return undefined;
  return {
    kind: 'api-call',
    payload: value,
    score: specific >= 2 ? SCORE.certain : SCORE.strong,
  };
}

function postCall(value: Record<string, unknown>): Shape | undefined {
  const call = value.call;
  const markers = count(value, WEBHOOK_MARKERS);
  if (!isPlainObject(call)) {
    // A payload whose `call` is missing or broken still reads when enough else is Synthflow's.
    return markers >= 2 ? { kind: 'post-call', payload: value, score: SCORE.weak } : undefined;
  }
  const specific = count(call, WEBHOOK_CALL_KEYS);
  const generic = count(call, GENERIC_CALL_KEYS);
  const leadOrActions = count(value, ['lead', 'executed_actions']);
  let score = 0;
  if (specific > 0 && leadOrActions > 0) score = SCORE.certain;
  else if (specific > 0 || (generic > 0 && leadOrActions > 0)) score = SCORE.strong;
  else if (generic > 0 || markers >= 2) score = SCORE.weak;
  return score === 0 ? undefined : { kind: 'post-call', payload: value, score };
}
