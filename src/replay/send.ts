import type { ReplayRequest } from './replay-request';

export const REPLAY_TIMEOUT_MS = 15_000;
/** How much of the response body is kept to show: a receiver's answer, not a download. */
export const REPLAY_BODY_CAP = 64 * 1024;

export type ReplayResult =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      elapsedMs: number;
      headers: Array<[string, string]>;
      body: string;
      truncated: boolean;
    }
  /** The server answered with a redirect, which is not followed (it could lead elsewhere). */
  | { kind: 'redirect'; elapsedMs: number }
  | { kind: 'timeout'; elapsedMs: number }
  /** The connection failed: refused, unreachable, TLS, or blocked by the browser (CORS). */
  | { kind: 'network'; elapsedMs: number }
  | { kind: 'invalid-url' };

export interface SendOptions {
  fetch: typeof globalThis.fetch;
  now?: () => number;
  timeoutMs?: number;
}

/** POSTs the replay and reads what came back, capped. Never throws. */
export async function sendReplay(
  request: ReplayRequest,
  options: SendOptions,
): Promise<ReplayResult> {
  const now = options.now ?? (() => performance.now());
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { kind: 'invalid-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'invalid-url' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? REPLAY_TIMEOUT_MS);
  const started = now();
  const fetchFn = options.fetch;
  try {
    const response = await fetchFn(url.href, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      // A redirect could carry the signed webhook to another origin: report it, don't follow.
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return { kind: 'redirect', elapsedMs: now() - started };
    }
    const { text, truncated } = await readHead(response, REPLAY_BODY_CAP);
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      elapsedMs: now() - started,
      headers: [...response.headers.entries()],
      body: text,
      truncated,
    };
  } catch {
    return { kind: timedOut ? 'timeout' : 'network', elapsedMs: now() - started };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** The first `cap` bytes of the body as text, and whether more was cut. */
async function readHead(
  response: Response,
  cap: number,
): Promise<{ text: string; truncated: boolean }> {
  if (response.body === null) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    const room = cap - received;
    received += value.byteLength;
    if (value.byteLength >= room) {
      void reader.cancel().catch(() => undefined);
      return {
        text: text + decoder.decode(value.subarray(0, room)),
        truncated: value.byteLength > room,
      };
    }
    text += decoder.decode(value, { stream: true });
  }
}
