/**
 * The one place bins talk to the network. Bin answers are untrusted: time-boxed, size-capped,
 * read only from the origin that was asked (and granted), and parsed as JSON whatever the
 * content type claims.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Redirects followed by hand (with an API key) before giving up. */
export const MAX_REDIRECTS = 5;

/** What went wrong, without wording: errors.ts turns it into a message for the bin at hand. */
export type FetchFailure =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'timeout' }
  | { kind: 'network' }
  /** Status and headers came, then the body stopped short (`expectedBytes`: Content-Length). */
  | { kind: 'cut-off'; receivedBytes: number; expectedBytes?: number }
  | { kind: 'cancelled' }
  | { kind: 'not-json'; looksLikeHtml: boolean }
  /** `declaredBytes`: the Content-Length that gave it away, when the server sent one. */
  | { kind: 'too-large'; declaredBytes?: number }
  /** `to` is the other origin; absent when the browser hid where the redirect led. */
  | { kind: 'redirected'; to?: string }
  | { kind: 'too-many-redirects' };

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
 * custom headers across redirects), so redirects are handled manually and the secret is only
 * ever sent to an address on the starting origin. Node's fetch exposes Location; a browser's
 * opaque redirect is resolved by whereRedirectLeads.
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
    let next: URL;
    if (response.type === 'opaqueredirect') {
      next = await whereRedirectLeads(url, init, fetchFn);
    } else {
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      void response.body?.cancel().catch(() => undefined);
      next = new URL(location, url);
    }
    if (next.origin !== origin) throw new Failed({ kind: 'redirected', to: next.origin });
    url = next.href;
  }
  throw new Failed({ kind: 'too-many-redirects' });
}

/**
 * A browser answers a manual redirect with an opaque response that hides Location. Asking the
 * same address again without the secret, redirects followed, shows where it leads in
 * `response.url`. When that request is not redirected (the server redirects only requests that
 * carry the secret), where the secret would go stays unknown, and it is not sent.
 */
async function whereRedirectLeads(
  url: string,
  init: RequestInit,
  fetchFn: typeof globalThis.fetch,
): Promise<URL> {
  let response: Response;
  try {
    response = await fetchFn(url, { ...init, redirect: 'follow' });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // E.g. the browser refused to read the other site: the destination stays unknown.
    throw new Failed({ kind: 'redirected' });
  }
  void response.body?.cancel().catch(() => undefined);
  if (response.url === '' || response.url === url) throw new Failed({ kind: 'redirected' });
  return new URL(response.url);
}

/** Content-Length when the server declared one. */
function declaredLength(response: Response): number | undefined {
  const header = response.headers.get('content-length');
  const declared = header === null ? Number.NaN : Number(header);
  return Number.isFinite(declared) ? declared : undefined;
}

/**
 * Reads the body up to `maxBytes`. A body that stops short, whether the stream fails (a dropped
 * connection) or ends before the declared length while not parsing, is `cut-off`: the server
 * had answered, so "could not connect" would send the user looking in the wrong place.
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string> {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > maxBytes) {
    throw new Failed({ kind: 'too-large', declaredBytes: declared });
  }
  if (response.body === null) return '';

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  const cutOff = () =>
    new Failed({
      kind: 'cut-off',
      receivedBytes: received,
      ...(declared === undefined ? {} : { expectedBytes: declared }),
    });
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // Our own abort (timeout, the caller cancelling) is reported as such by fetchJson.
      if (signal.aborted) throw error;
      throw cutOff();
    }
    if (chunk.done) break;
    received += chunk.value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new Failed({ kind: 'too-large' });
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  // A compressed answer declares its compressed length, so a short count alone proves nothing;
  // short and unparseable does.
  if (declared !== undefined && received < declared && !parses(text)) throw cutOff();
  return text;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
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
    const text = await readCapped(
      response,
      options.maxBytes ?? DEFAULT_MAX_BYTES,
      controller.signal,
    );
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
