// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BinRequest,
  loadBinPage,
  loadWebhookSiteRequest,
  mergeBinRequests,
  retryAfterSeconds,
  type WebhookSiteTarget,
} from '../../../src/bins';
import { MAX_REDIRECTS } from '../../../src/bins/fetch-capped';
import { bins } from '../../../src/strings/bins';
import { binTarget as bin } from './bin-target';
import { failure, okPage } from './page-result';

const TOKEN = '1f0e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const SVIX = 'e_94XdF-OwN3EaTKty4izJDWRAH3V';
const API_KEY = 'sk-live-do-not-leak-123';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a list of canned responses and records what it was asked. */
function cannedFetch(...answers: Array<Response | (() => Response | Promise<Response>)>) {
  const calls: Call[] = [];
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    if (answer === undefined) throw new Error('no canned answer');
    return typeof answer === 'function' ? answer() : answer.clone();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

/** Response.url and .type cannot be set through the constructor. */
function withFields(response: Response, fields: { url?: string; type?: ResponseType }): Response {
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(response, key, { value });
  }
  return response;
}

function record(n: number, createdAt: string, extra: Record<string, unknown> = {}) {
  return {
    uuid: `0000000${n}-0000-4000-8000-000000000000`,
    type: 'web',
    method: 'POST',
    url: `https://webhook.site/${TOKEN}`,
    ip: '203.0.113.7',
    headers: { 'Content-Type': ['application/json'] },
    query: [],
    content: `{"n":${n}}`,
    size: 7,
    created_at: createdAt,
    ...extra,
  };
}

describe('webhook.site adapter', () => {
  const target = bin(`https://webhook.site/${TOKEN}`);
  const originalTz = process.env.TZ;
  // A zone far from UTC, so reading webhook.site's zoneless times as local time would show.
  beforeAll(() => {
    process.env.TZ = 'Pacific/Auckland';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('asks for the newest 50 first, without cookies, referrer or cache', async () => {
    const { fetch, calls } = cannedFetch(json({ data: [], total: 0, is_last_page: true }));
    await loadBinPage(target, { fetch });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      `https://webhook.site/token/${TOKEN}/requests?sorting=newest&per_page=50&page=1`,
    );
    expect(calls[0]?.init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'follow',
    });
    expect(calls[0]?.init.headers).not.toHaveProperty('Api-Key');
  });

  it('reads each record: its body, method, type, and its zoneless UTC time as UTC', async () => {
    const { fetch } = cannedFetch(
      json({
        data: [record(2, '2024-03-28 17:17:46'), record(1, '2024-03-28 09:05:00')],
        total: 2,
        per_page: 50,
        current_page: 1,
        is_last_page: true,
      }),
    );
    const page = okPage(await loadBinPage(target, { fetch }));
    expect(page.requests[0]).toEqual({
      id: '00000002-0000-4000-8000-000000000000',
      method: 'POST',
      receivedAtMs: Date.UTC(2024, 2, 28, 17, 17, 46),
      url: `https://webhook.site/${TOKEN}`,
      bodyText: '{"n":2}',
      contentType: 'application/json',
      headers: { 'Content-Type': ['application/json'] },
      ip: '203.0.113.7',
      // webhook.site sends an empty query as `[]`: no parameters.
      query: undefined,
      size: 7,
      siteUrl: `https://webhook.site/#!/view/${TOKEN}/00000002-0000-4000-8000-000000000000`,
    });
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeUndefined();
  });

  it('offers the next page until the API says it is the last', async () => {
    const { fetch, calls } = cannedFetch(
      json({
        data: [record(1, '2024-03-28 09:05:00')],
        total: 120,
        current_page: 2,
        is_last_page: false,
      }),
    );
    const page = okPage(await loadBinPage(target, { fetch, cursor: '50' }));
    expect(calls[0]?.url).toContain('per_page=50&page=2');
    expect(page.nextCursor).toBe('100');
    expect(page.total).toBe(120);
  });

  it('works out the last page from the total when is_last_page is missing', async () => {
    const data = [record(1, '2024-03-28 09:05:00')];
    const { fetch } = cannedFetch(json({ data, total: 100, per_page: 50, current_page: 2 }));
    expect(okPage(await loadBinPage(target, { fetch, cursor: '50' })).nextCursor).toBeUndefined();
  });

  it('reads an empty GET (no content) as an empty body and skips entries with no id', async () => {
    const { fetch } = cannedFetch(
      json({
        data: [
          record(1, '2024-03-28 09:05:00', { method: 'GET', content: null }),
          { junk: true },
          7,
        ],
        is_last_page: true,
      }),
    );
    const page = okPage(await loadBinPage(target, { fetch }));
    expect(page.requests).toHaveLength(1);
    expect(page.requests[0]).toMatchObject({ method: 'GET', bodyText: '' });
  });

  it('sends the API key as Api-Key, and only to webhook.site', async () => {
    const page = { data: [], is_last_page: true };
    const webhook = cannedFetch(json(page));
    await loadBinPage(target, { fetch: webhook.fetch, apiKey: `  ${API_KEY} ` });
    expect(webhook.calls[0]?.init.headers).toMatchObject({ 'Api-Key': API_KEY });

    const other = cannedFetch(json(page));
    await loadBinPage(bin('https://example.com/calls.json'), {
      fetch: other.fetch,
      apiKey: API_KEY,
    });
    expect(JSON.stringify(other.calls[0]?.init.headers)).not.toContain(API_KEY);
  });

  it('says when JSON comes back in a shape that is not the token API', async () => {
    const { fetch } = cannedFetch(json({ requests: [] }));
    expect(failure(await loadBinPage(target, { fetch }))).toEqual({
      kind: 'unexpected-response',
      message: bins.errors.unexpectedShape('webhook.site', 'webhook.site'),
    });
  });

  it('asks for an API key when the bin is private', async () => {
    const { fetch } = cannedFetch(json({ error: 'Unauthorized' }, { status: 401 }));
    expect(failure(await loadBinPage(target, { fetch }))).toEqual({
      kind: 'private',
      message: bins.errors.privateBin,
      status: 401,
      acceptsApiKey: true,
      keyRejected: false,
    });
  });

  it('says the key was not accepted, without ever showing it', async () => {
    const { fetch } = cannedFetch(json({ error: 'Forbidden' }, { status: 403 }));
    const error = failure(await loadBinPage(target, { fetch, apiKey: API_KEY }));
    expect(error).toMatchObject({ kind: 'private', keyRejected: true });
    expect(error.message).toBe(bins.errors.apiKeyRejected(403));
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it('explains a missing bin as likely expired after 7 days', async () => {
    const { fetch } = cannedFetch(json({ success: false }, { status: 404 }));
    const error = failure(await loadBinPage(target, { fetch }));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toContain('expire after 7 days');
  });

  it('says when to retry from a Retry-After date', async () => {
    const now = Date.UTC(2024, 2, 28, 12, 0, 0);
    const retryAt = new Date(now + 90_000).toUTCString();
    const { fetch } = cannedFetch(json({}, { status: 429, headers: { 'retry-after': retryAt } }));
    const error = failure(await loadBinPage(target, { fetch, now: () => now }));
    expect(error).toEqual({
      kind: 'rate-limited',
      message:
        'webhook.site is limiting how often it can be asked (HTTP 429). Try again in 2 minutes.',
      retryAfterSeconds: 90,
    });
  });

  it('suggests a minute when a 429 gives no Retry-After', async () => {
    const { fetch } = cannedFetch(json({}, { status: 429 }));
    expect(failure(await loadBinPage(target, { fetch })).message).toContain(
      'Try again in a minute.',
    );
  });

  it('reports a dropped connection as offline', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    expect(failure(await loadBinPage(target, { fetch }))).toEqual({
      kind: 'offline',
      message: bins.errors.offline('webhook.site'),
    });
  });

  it('reports a body that stops short as cut off, with what arrived, not as offline', async () => {
    let pulls = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls === 1) controller.enqueue(new TextEncoder().encode('{"data":['.padEnd(3000)));
        else controller.error(new TypeError('network error'));
      },
    });
    const dropped = cannedFetch(() => new Response(failing));
    expect(failure(await loadBinPage(target, { fetch: dropped.fetch })).message).toBe(
      'webhook.site started answering, but the connection was cut while the answer was arriving (2.9 KB received). Try again.',
    );

    // A fetch that ends the stream quietly, short of the declared length.
    const short = cannedFetch(
      new Response('{"data":[', { headers: { 'content-length': String(2048) } }),
    );
    expect(failure(await loadBinPage(target, { fetch: short.fetch }))).toMatchObject({
      kind: 'cut-off',
      receivedBytes: 9,
      expectedBytes: 2048,
    });
  });

  it('refuses an answer that came from another origin after a redirect', async () => {
    const moved = withFields(json({ data: [] }), { url: 'https://evil.example/token/x/requests' });
    const { fetch } = cannedFetch(() => moved);
    expect(failure(await loadBinPage(target, { fetch }))).toEqual({
      kind: 'redirected-elsewhere',
      message: bins.errors.redirectedTo('webhook.site', 'evil.example'),
      to: 'https://evil.example',
    });
  });

  it('with a key and a browser hiding where a redirect leads, asks again without the key', async () => {
    const opaque = withFields(new Response(null, { status: 200 }), { type: 'opaqueredirect' });
    // Without the key the same address answers in place: where the keyed request went is unknown.
    const { fetch, calls } = cannedFetch(() => opaque, json({ data: [] }));
    const error = failure(await loadBinPage(target, { fetch, apiKey: API_KEY }));
    expect(calls.map((call) => call.init.redirect)).toEqual(['manual', 'follow']);
    expect(calls[1]?.init.headers).not.toHaveProperty('Api-Key');
    expect(error).toEqual({
      kind: 'redirected-elsewhere',
      message: bins.errors.redirectHidden('webhook.site'),
    });
    expect(error.message).toBe(
      'webhook.site answered with a redirect, and the browser does not show where it leads. Hookline does not follow a redirect it cannot check while an API key is attached, so the key goes nowhere else.',
    );
  });

  it('with a key, stops a redirect loop on the same site, saying so', async () => {
    const again = () => new Response(null, { status: 302, headers: { location: '/again' } });
    const { fetch, calls } = cannedFetch(again);
    const error = failure(await loadBinPage(target, { fetch, apiKey: API_KEY }));
    expect(calls).toHaveLength(MAX_REDIRECTS + 1);
    expect(error).toEqual({
      kind: 'too-many-redirects',
      message:
        'webhook.site kept redirecting the request (more than 5 times), so Hookline stopped following it.',
    });
  });

  it('reports the caller cancelling as cancelled, not as a failure of the bin', async () => {
    const controller = new AbortController();
    const fetch = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        controller.abort();
      })) as typeof globalThis.fetch;
    expect(failure(await loadBinPage(target, { fetch, signal: controller.signal })).kind).toBe(
      'cancelled',
    );
  });

  it('stops reading past the size cap, from the declared length or from the stream', async () => {
    const one = target as WebhookSiteTarget;
    const declared = cannedFetch(
      new Response('[]', { headers: { 'content-length': String(20 * 1024 * 1024) } }),
    );
    const result = await loadWebhookSiteRequest(one, 'a', { fetch: declared.fetch });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'too-large',
        message:
          'The answer from webhook.site is larger than 10 MB, so Hookline stopped reading it.',
        maxBytes: 10 * 1024 * 1024,
        declaredBytes: 20 * 1024 * 1024,
      },
    });

    const streamed = cannedFetch(new Response(JSON.stringify({ data: 'x'.repeat(5000) })));
    const small = await loadWebhookSiteRequest(one, 'a', { fetch: streamed.fetch, maxBytes: 2048 });
    expect(small.ok ? '' : small.error.message).toBe(
      'The answer from webhook.site is larger than 2 KB, so Hookline stopped reading it.',
    );
  });

  it('keeps what "Load more" loaded in small pages before a failure, and goes on from there', async () => {
    const overCap = new Response('[]', { headers: { 'content-length': String(11 * 1024 * 1024) } });
    const two = json({
      data: [record(2, '2024-03-28 09:05:00'), record(1, '2024-03-28 09:04:00')],
      total: 120,
      is_last_page: false,
    });
    const { fetch } = cannedFetch(overCap, two, json({}, { status: 429 }));
    const page = okPage(await loadBinPage(target, { fetch, cursor: '10' }));
    expect(page.requests).toHaveLength(2);
    expect(page.nextCursor).toBe('12');

    // A check of the newest page reports it instead, so checks back off.
    const newest = cannedFetch(overCap, overCap, overCap, overCap, json({}, { status: 429 }));
    expect(failure(await loadBinPage(target, { fetch: newest.fetch })).kind).toBe('rate-limited');
  });

  it('lists requests that are each over the cap as rows saying so, not as a failed bin', async () => {
    const huge = String(12 * 1024 * 1024);
    const { fetch, calls } = cannedFetch(
      new Response('[]', { headers: { 'content-length': huge } }),
    );
    const page = okPage(await loadBinPage(target, { fetch }));
    const perPage = calls.map((call) => new URL(call.url).searchParams.get('per_page'));
    // 50, 10, 2, then the newest alone; then the next alone, and so on up to 8 asks.
    expect(perPage).toEqual(['50', '10', '2', '1', '1', '2', '1', '1']);
    expect(page.requests.map((r) => r.tooLarge)).toEqual(
      Array(4).fill({ bytes: 12 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 }),
    );
    expect(page.nextCursor).toBe('4');
    expect(page.overCap).toBe(true);
  });
});

describe('Svix Play adapter', () => {
  const target = bin(`https://play.svix.com/in/${SVIX}/`);
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const event = (id: string, createdAt: string, body: string) => ({
    id,
    url: `https://play.svix.com/in/${SVIX}/`,
    method: 'POST',
    created_at: createdAt,
    body,
    headers: { 'content-type': 'application/json' },
  });

  it('reads the history, decoding base64 bodies, newest first', async () => {
    const { fetch, calls } = cannedFetch(
      json({
        iterator: 'msg_2',
        data: [
          event('msg_1', '2024-03-28T09:00:00Z', base64('{"lead":{"name":"Zoë"}}')),
          event('msg_2', '2024-03-28T10:00:00+00:00', base64('{"n":2}')),
        ],
      }),
    );
    const page = okPage(await loadBinPage(target, { fetch }));
    expect(calls[0]?.url).toBe(`https://api.play.svix.com/api/v1/history/${SVIX}/`);
    expect(page.requests.map((request) => request.id)).toEqual(['msg_2', 'msg_1']);
    expect(page.requests[1]).toEqual({
      id: 'msg_1',
      method: 'POST',
      receivedAtMs: Date.UTC(2024, 2, 28, 9),
      url: `https://play.svix.com/in/${SVIX}/`,
      bodyText: '{"lead":{"name":"Zoë"}}',
      contentType: 'application/json',
      headers: { 'content-type': 'application/json' },
      siteUrl: `https://play.svix.com/view/${SVIX}/`,
    });
    expect(page.nextCursor).toBe('msg_2');
  });

  it('passes the cursor as the iterator and stops when the history is done or empty', async () => {
    const { fetch, calls } = cannedFetch(json({ iterator: 'msg_9', done: true, data: [] }));
    const page = okPage(await loadBinPage(target, { fetch, cursor: 'msg_2' }));
    expect(calls[0]?.url).toBe(`https://api.play.svix.com/api/v1/history/${SVIX}/?iterator=msg_2`);
    expect(page.nextCursor).toBeUndefined();
  });

  it('keeps a body that is not base64 as it came', async () => {
    const { fetch } = cannedFetch(
      json({ data: [event('m', '2024-03-28T09:00:00Z', '{"raw":1}')] }),
    );
    expect(okPage(await loadBinPage(target, { fetch })).requests[0]?.bodyText).toBe('{"raw":1}');
  });

  it('explains a missing inbox in Svix terms', async () => {
    const { fetch } = cannedFetch(json({}, { status: 404 }));
    expect(failure(await loadBinPage(target, { fetch })).message).toBe(
      bins.errors.notFoundSvixPlay,
    );
  });
});

describe('plain JSON address adapter', () => {
  const target = bin('https://example.com/calls.json');

  it('reads a single payload as one request, byte for byte', async () => {
    const text = '{ "status": "completed",\n  "lead": {"name": "David"} }';
    const { fetch } = cannedFetch(
      new Response(text, { headers: { 'content-type': 'text/plain' } }),
    );
    const page = okPage(await loadBinPage(target, { fetch }));
    expect(page.requests).toEqual([
      { id: 'document', bodyText: text, siteUrl: 'https://example.com/calls.json' },
    ]);
    expect(page.nextCursor).toBeUndefined();
  });

  it('reads an array, and an object with a data array, as one request per item', async () => {
    for (const body of [[{ a: 1 }, { a: 2 }], { data: [{ a: 1 }, { a: 2 }], total: 2 }]) {
      const { fetch } = cannedFetch(json(body));
      const page = okPage(await loadBinPage(target, { fetch }));
      expect(page.requests.map((request) => [request.id, JSON.parse(request.bodyText)])).toEqual([
        ['item-1', { a: 1 }],
        ['item-2', { a: 2 }],
      ]);
    }
  });

  it('unwraps webhook.site request records to the body they captured', async () => {
    const { fetch } = cannedFetch(json({ data: [record(1, '2024-03-28 17:17:46')] }));
    const [request] = okPage(await loadBinPage(target, { fetch })).requests;
    expect(request).toMatchObject({
      id: 'item-1',
      method: 'POST',
      bodyText: '{"n":1}',
      receivedAtMs: Date.UTC(2024, 2, 28, 17, 17, 46),
    });
  });

  it('unwraps a single saved webhook.site record', async () => {
    const { fetch } = cannedFetch(json(record(3, '2024-03-28 17:17:46')));
    expect(okPage(await loadBinPage(target, { fetch })).requests[0]?.bodyText).toBe('{"n":3}');
  });

  it('does not offer an API key when an ordinary address refuses access', async () => {
    const { fetch } = cannedFetch(json({}, { status: 403 }));
    expect(failure(await loadBinPage(target, { fetch }))).toEqual({
      kind: 'private',
      message: bins.errors.accessDenied('example.com', 403),
      status: 403,
      acceptsApiKey: false,
      keyRejected: false,
    });
  });

  it('names other unexpected statuses', async () => {
    const { fetch } = cannedFetch(json({}, { status: 418 }));
    expect(failure(await loadBinPage(target, { fetch })).message).toBe(
      'example.com answered with HTTP status 418 instead of the data.',
    );
  });
});

describe('mergeBinRequests', () => {
  const request = (id: string, receivedAtMs: number): BinRequest => ({
    id,
    receivedAtMs,
    bodyText: '',
  });

  it('appends an older page, dropping requests pushed onto it again by new arrivals', () => {
    const shown = [request('c', 3000), request('b', 2000)];
    const nextPage = [request('b', 2000), request('a', 1000)];
    expect(mergeBinRequests(shown, nextPage).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('retryAfterSeconds', () => {
  it('reads delay-seconds, an HTTP date, and ignores anything else', () => {
    const now = Date.UTC(2024, 2, 28, 12, 0, 0);
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Thu, 28 Mar 2024 12:00:45 GMT', now)).toBe(45);
    expect(retryAfterSeconds('Thu, 28 Mar 2024 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(undefined, now)).toBeUndefined();
  });
});
