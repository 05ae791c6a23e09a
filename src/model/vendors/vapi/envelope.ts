import { isPlainObject } from '../../lenient';
import { CALL_TYPES } from './codes';

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

/**
 * A Call object as Vapi's API returns it (GET /call/:id, the dashboard's copy): no envelope, but
 * an `id`, an `orgId`, a `type` Vapi uses for calls and a `status`.
 */
export function isBareCall(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const { id, orgId, type, status } = value;
  return (
    typeof id === 'string' &&
    typeof orgId === 'string' &&
    typeof status === 'string' &&
    typeof type === 'string' &&
    Object.hasOwn(CALL_TYPES, type)
  );
}
