import { isPlainObject } from '../../lenient';

/**
 * ElevenLabs post-call webhooks: `{"type": …, "event_timestamp": <unix s>, "data": {…}}`
 * (elevenlabs-docs "Post-call webhooks"). `type` is the event; everything else is in `data`.
 */
export interface Envelope {
  type: string;
  data?: Record<string, unknown>;
}

export function readEnvelope(value: unknown): Envelope | undefined {
  if (!isPlainObject(value) || typeof value.type !== 'string') return undefined;
  const data = isPlainObject(value.data) ? value.data : undefined;
  return data === undefined ? { type: value.type } : { type: value.type, data };
}

/**
 * The conversation itself, without the envelope: what `GET /v1/convai/conversations/{id}` returns
 * and what `post_call_transcription` carries as `data` (the E-R1 capture is one, logged by an
 * integrator as "event data"). Recognised by its ids' formats, transcript list and metadata.
 */
export function isBareConversation(value: unknown): value is Record<string, unknown> {
  return (
    isPlainObject(value) &&
    !Object.hasOwn(value, 'type') &&
    typeof value.conversation_id === 'string' &&
    value.conversation_id.startsWith('conv_') &&
    typeof value.agent_id === 'string' &&
    Array.isArray(value.transcript) &&
    isPlainObject(value.metadata)
  );
}
