import { SCORE } from '../vendor-decoder';
import { readEnvelope } from './envelope';

/** Retell ids: `call_` + 27 hex digits in captures; only the prefix is relied on. */
const CALL_ID_PREFIX = 'call_';

/**
 * Certain: a known Retell event with `call.call_id` in Retell's id format. Strong: the same
 * event under the old `data` key or `event_type`, or a chat event. Other platforms' payloads
 * score 0: Synthflow's inbound `{event: "call_inbound"}` is not a Retell event, and ElevenLabs'
 * `{type, data}` has no `event` key.
 */
export function recogniseRetell(value: unknown): number {
  const envelope = readEnvelope(value);
  if (envelope === undefined) return 0;
  const callId = envelope.body?.call_id;
  const retellId = typeof callId === 'string' && callId.startsWith(CALL_ID_PREFIX);
  if (envelope.bodyKey === 'chat') return SCORE.strong;
  if (envelope.bodyKey === 'call' && envelope.eventKey === 'event' && retellId) {
    return SCORE.certain;
  }
  if (envelope.bodyKey !== undefined && typeof callId === 'string') return SCORE.strong;
  return SCORE.weak;
}
