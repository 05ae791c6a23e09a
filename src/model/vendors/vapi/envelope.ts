import { isPlainObject } from '../../lenient';

/**
 * Every Vapi server message is `{"message": {"type": …, …}}` (docs server-url/events.mdx). The
 * type is kept as sent, known or not: an unknown type under this envelope is still Vapi's.
 */
export interface Envelope {
  type: string;
  message: Record<string, unknown>;
}

export function readEnvelope(value: unknown): Envelope | undefined {
  if (!isPlainObject(value) || !Object.hasOwn(value, 'message')) return undefined;
  const message = value.message;
  if (!isPlainObject(message)) return undefined;
  const type = Object.hasOwn(message, 'type') ? message.type : undefined;
  if (typeof type !== 'string' || type.trim() === '') return undefined;
  return { type, message };
}
