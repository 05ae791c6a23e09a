/**
 * smee.io channels: `GET https://smee.io/<channel>` with `Accept: text/event-stream` streams each
 * request the channel receives as one server-sent event whose data is
 * `{...headers, body, query, timestamp}` (header names lower case, `body` already parsed from
 * JSON, `timestamp` in epoch ms), plus `ready` and `ping` events. smee keeps no history, so only
 * what arrives while the stream is open can be listed. See smee-client's `onmessage`
 * (https://github.com/probot/smee-client/blob/main/index.ts).
 */
import { isPlainObject } from '../model';
import { headerMap } from '../model/http/headers';
import { headerValue, numberField, queryMap } from './record-fields';
import type { BinRequest, SmeeTarget } from './types';

/** The part of the browser's EventSource that reading a channel needs; injected for tests. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export type OpenEventSource = (url: string) => EventSourceLike;

/** Fields smee adds beside the captured headers. */
const NOT_HEADERS = new Set(['body', 'query', 'timestamp']);

/** Where a connection stands: waiting for `ready`, streaming, or lost (EventSource retries). */
export type StreamState = 'connecting' | 'live' | 'reconnecting';

/** One smee message as a bin request; undefined for data that is not a smee message. */
export function smeeRequest(data: unknown, id: string, fallbackMs: number): BinRequest | undefined {
  if (typeof data !== 'string') return undefined;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isPlainObject(message)) return undefined;
  const headerEntries = Object.entries(message).filter(([name]) => !NOT_HEADERS.has(name));
  const headers = headerMap(Object.fromEntries(headerEntries)) ?? {};
  const { body } = message;
  return {
    id,
    method: 'POST',
    receivedAtMs: numberField(message, 'timestamp') ?? fallbackMs,
    // smee parsed the body, so the exact bytes are gone: this is the JSON re-serialised.
    bodyText: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
    contentType: headerValue(headers, 'content-type'),
    headers,
    query: queryMap(message.query),
  };
}

/**
 * Listens to a channel until the returned function is called. Every request is handed to
 * `onRequests` as it arrives; ids count up from the moment of opening.
 */
export function watchSmeeChannel(
  target: SmeeTarget,
  open: OpenEventSource,
  handlers: {
    onRequests: (requests: BinRequest[]) => void;
    onState: (state: StreamState) => void;
    now?: () => number;
  },
): () => void {
  const now = handlers.now ?? Date.now;
  const opened = now();
  let count = 0;
  const source = open(target.url);
  handlers.onState('connecting');
  source.addEventListener('ready', () => handlers.onState('live'));
  source.addEventListener('open', () => handlers.onState('live'));
  source.addEventListener('error', () => handlers.onState('reconnecting'));
  source.addEventListener('message', (event) => {
    count += 1;
    const request = smeeRequest(event.data, `smee-${opened}-${count}`, now());
    if (request !== undefined) handlers.onRequests([request]);
  });
  return () => source.close();
}
