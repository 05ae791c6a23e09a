import { isPlainObject } from '../../lenient';
import { isRetellEvent, type RetellEvent } from './codes';

/**
 * Where a Retell payload keeps its parts. Current payloads: `{event, call, event_timestamp}`;
 * chat events carry `chat`; old ones used `data` for the call ("The `data` property is being
 * deprecated", docs webhook page); one docs page shows `event_type` instead of `event`.
 */
export interface Envelope {
  event: RetellEvent;
  eventKey: 'event' | 'event_type';
  /** The key holding the call or chat object, when there is one. */
  bodyKey?: 'call' | 'data' | 'chat';
  body?: Record<string, unknown>;
}

const BODY_KEYS = ['call', 'chat', 'data'] as const;

export function readEnvelope(value: unknown): Envelope | undefined {
  if (!isPlainObject(value)) return undefined;
  const eventKey = Object.hasOwn(value, 'event') ? 'event' : 'event_type';
  const event = value[eventKey];
  if (typeof event !== 'string' || !isRetellEvent(event)) return undefined;
  for (const bodyKey of BODY_KEYS) {
    const body = Object.hasOwn(value, bodyKey) ? value[bodyKey] : undefined;
    if (isPlainObject(body)) return { event, eventKey, bodyKey, body };
  }
  return { event, eventKey };
}
