/**
 * The one place bins talk to the network. Bin answers are untrusted: time-boxed, size-capped,
 * read only from the origin that was asked (and granted), and parsed as JSON whatever the
 * content type claims.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** What went wrong, without wording: errors.ts turns it into a message for the bin at hand. */
export type FetchFailure =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'cancelled' }
  | { kind: 'not-json'; looksLikeHtml: boolean }
  | { kind: 'too-large' }
  | { kind: 'redirected'; to?: string };

export type FetchJsonResult =
  | { ok: true; json: unknown; text: string; contentType?: string }
  | { ok: false; failure: FetchFailure };

export interface FetchJsonOptions {
  fetch: typeof globalThis.fetch;
  /**
   * Headers that must reach only the asked origin (an API key). Their presence switches
   * redirects to manual handling, see fetchSameOrigin.
   */
  secretHeaders?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

class Failed {
  constructor(readonly failure: FetchFailure) {}
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects only within the starting origin: the user granted (and meant) that origin,
 * and an answer from elsewhere is not the bin they pasted.
 *
 * Without secrets, `redirect: 'follow'` is the only mode that can follow a same-origin redirect
 * from an extension page: with 'manual' a browser returns an opaque redirect whose Location is
 * hidden. The final `response.url` then tells whether the answer came from elsewhere.
 *
 * With a secret header, 'follow' would carry it to whatever origin the server names (fetch keeps
 * custom headers across redirects), so redirects are handled manually: Node's fetch exposes
 * Location and same-origin hops are followed; a browser's opaque redirect is refused outright.
 */
async function fetchSameOrigin(
  startUrl: string,
  init: RequestInit,
  options: FetchJsonOptions,
): Promise<Response> {
  // Called unbound on purpose: a browser throws "Illegal invocation" when fetch runs with an
  // object other than the global as `this`, which `options.fetch(…)` would do.
  const fetchFn = options.fetch;
  const origin = new URL(startUrl).origin;
  const secrets = options.secretHeaders;

  if (secrets === undefined || Object.keys(secrets).length === 0) {
    const response = await fetchFn(startUrl, { ...init, redirect: 'follow' });
    const finalOrigin = response.url === '' ? origin : new URL(response.url).origin;
    if (finalOrigin !== origin) {
      void response.body?.cancel().catch(() => undefined);
      throw new Failed({ kind: 'redirected', to: finalOrigin });
    }
    return response;
  }

  let url = startUrl;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetchFn(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...secrets },
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect') throw new Failed({ kind: 'redirected' });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    void response.body?.cancel().catch(() => undefined);
    const next = new URL(location, url);
    if (next.origin !== origin) throw new Failed({ kind: 'redirected', to: next.origin });
    url = next.href;
  }
  throw new Failed({ kind: 'redirected' });
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new Failed({ kind: 'too-large' });
  if (response.body === null) return '';

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new Failed({ kind: 'too-large' });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** GETs a URL and parses its body as JSON. Never throws. */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const cancel = () => controller.abort();
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });

  try {
    const response = await fetchSameOrigin(
      url,
      {
        method: 'GET',
        headers: { Accept: 'application/json' },
        // The extension page must not lend the user's cookies or its address to a bin.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: controller.signal,
      },
      options,
    );
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const retryAfter = response.headers.get('retry-after') ?? undefined;
      return { ok: false, failure: { kind: 'status', status: response.status, retryAfter } };
    }
    const text = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const contentType = response.headers.get('content-type') ?? undefined;
    try {
      return { ok: true, json: JSON.parse(text), text, contentType };
    } catch {
      return { ok: false, failure: { kind: 'not-json', looksLikeHtml: /^\s*</.test(text) } };
    }
  } catch (error) {
    if (error instanceof Failed) return { ok: false, failure: error.failure };
    if (timedOut) return { ok: false, failure: { kind: 'timeout' } };
    if (options.signal?.aborted) return { ok: false, failure: { kind: 'cancelled' } };
    return { ok: false, failure: { kind: 'network' } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
    // Stops a body that is still arriving (a cut-off or failed read) from holding the connection.
    controller.abort();
  }
}
