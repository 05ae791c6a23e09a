import { isPlainObject } from '../../lenient';
import { SCORE } from '../vendor-decoder';
import { isMessageType } from './codes';
import { isBareCall, readEnvelope } from './envelope';

/**
 * Certain: a known message type with a `call.id` (every real server message carries the call).
 * Strong: a known type without it. Weak: the `{message: {type}}` envelope with a type not in the
 * spec (newer than this list). Strong too: a bare Call object (GET /call/:id). No other platform nests its payload under `message`: Retell and
 * Synthflow use `event`/`call`, ElevenLabs `type`/`data`, Bland is flat, so Vapi never ties.
 */
export function recogniseVapi(value: unknown): number {
  const envelope = readEnvelope(value);
  if (envelope === undefined) return isBareCall(value) ? SCORE.strong : 0;
  if (!isMessageType(envelope.type)) return SCORE.weak;
  const call = envelope.message.call;
  const id = isPlainObject(call) ? call.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? SCORE.certain : SCORE.strong;
}
