import { SCORE } from '../vendor-decoder';
import { isElevenLabsEvent } from './codes';
import { isBareConversation, readEnvelope } from './envelope';

/** ElevenLabs ids: `conv_…` conversations, `agent_…` agents (captures); the prefix is relied on. */
const ID_PREFIX = { conversation_id: 'conv_', agent_id: 'agent_' } as const;

function hasElevenLabsId(data: Record<string, unknown>): boolean {
  return Object.entries(ID_PREFIX).some(([key, prefix]) => {
    const id = data[key];
    return typeof id === 'string' && id.startsWith(prefix);
  });
}

/**
 * Certain: a known event, a numeric `event_timestamp` and a `data` with an ElevenLabs id. Strong:
 * a known event with a `data` object (docs samples use ids like "abc"). Weak: an unknown `type`
 * with a numeric `event_timestamp` and `data.conversation_id` (an event ElevenLabs added later),
 * or a known event without its `data`.
 * Other platforms score 0: Vapi nests `type` under `message`, Retell and Synthflow use `event`,
 * Bland has no `type` and no `data`.
 */
export function recogniseElevenLabs(value: unknown): number {
  if (isBareConversation(value)) return SCORE.strong;
  const envelope = readEnvelope(value);
  if (envelope === undefined) return 0;
  // A known event with its data missing is still named, with a warning that the data is gone.
  if (envelope.data === undefined) return isElevenLabsEvent(envelope.type) ? SCORE.weak : 0;
  const timestamp = (value as Record<string, unknown>).event_timestamp;
  const timed = typeof timestamp === 'number' && Number.isFinite(timestamp);
  if (isElevenLabsEvent(envelope.type)) {
    return timed && hasElevenLabsId(envelope.data) ? SCORE.certain : SCORE.strong;
  }
  return timed && typeof envelope.data.conversation_id === 'string' ? SCORE.weak : 0;
}
