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
