// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BinPageResult,
  type BinRequest,
  type LoadOptions,
  loadBinPage,
  loadWebhookSiteRequest,
  mergeBinRequests,
  type PageSizeMemory,
  type WebhookSiteTarget,
} from '../../../src/bins';
import { observeBinRequest } from '../../../src/bins/observe';
import { bins } from '../../../src/strings/bins';
import {
  CUT_AFTER_BYTES,
  CUT_BODY_BYTES,
  type FakeBinServer,
  HEAVY_HUGE_INDEX,
  HUGE_BODY_BYTES,
  RETRY_AFTER_SECONDS,
  startFakeBinServer,
} from '../../support/fake-bin-server';
import { binTarget as bin } from './bin-target';
import { failure, okPage } from './page-result';

const seedText = readFileSync(
  new URL('../../fixtures/synthflow/seed-example.json', import.meta.url),
  'utf8',
);

let server: FakeBinServer;
let host: string;
const fetch = globalThis.fetch;

beforeAll(async () => {
  server = await startFakeBinServer();
  host = new URL(server.origin).host;
});
afterAll(async () => {
  await server.close();
});

function webhookSite(token: string, prefix = ''): WebhookSiteTarget {
  const target = bin(`${server.origin}${prefix}/token/${token}/requests`);
  if (target.kind !== 'webhook-site') throw new Error(`recognised as ${target.kind}`);
  return target;
}

function load(url: string, options: Partial<LoadOptions> = {}): Promise<BinPageResult> {
  return loadBinPage(bin(url), { fetch, ...options });
}

describe('webhook.site token API on the fake server', () => {
  it('lists the newest 50 first, with a cursor to the next page and the total', async () => {
    const page = okPage(await loadBinPage(webhookSite(server.publicToken), { fetch }));
    const newest = [...server.publicRecords].reverse();
    expect(page.requests.map((r) => r.id)).toEqual(newest.slice(0, 50).map((r) => r.uuid));
    expect(page.nextCursor).toBe('50');
    expect(page.total).toBe(server.publicRecords.length);
    const times = page.requests.map((r) => r.receivedAtMs ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages with "Load more" down to the oldest request, the vendor example byte for byte', async () => {
    const target = webhookSite(server.publicToken);
    let shown: BinRequest[] = [];
    let cursor: string | undefined;
    const pageSizes: number[] = [];
    do {
      const page = okPage(await loadBinPage(target, { fetch, cursor }));
      pageSizes.push(page.requests.length);
      shown = mergeBinRequests(shown, page.requests);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(pageSizes).toEqual([50, 50, 20]);
    expect(new Set(shown.map((r) => r.id)).size).toBe(120);
    expect(shown.at(-1)?.bodyText).toBe(seedText);
  });

  it('holds call payloads and other requests side by side', async () => {
    const { requests } = okPage(await loadBinPage(webhookSite(server.publicToken), { fetch }));
    const calls = requests.filter((r) => r.bodyText.includes('"end_call_reason"'));
    const others = requests.filter((r) => !r.bodyText.includes('"end_call_reason"'));
    expect(calls.length).toBeGreaterThan(30);
    expect(others.map((r) => r.method)).toContain('GET');
    expect(others.map((r) => r.contentType)).toContain('application/x-www-form-urlencoded');
  });

  it('loads one request by id, e.g. the one a dashboard link pointed at', async () => {
    const wanted = server.publicRecords[7];
    const result = await loadWebhookSiteRequest(
      webhookSite(server.publicToken),
      wanted?.uuid ?? '',
      {
        fetch,
      },
    );
    expect(result).toMatchObject({
      ok: true,
      request: { id: wanted?.uuid, bodyText: wanted?.content },
    });
  });
});

describe('a webhook.site bin whose newest 50 requests exceed the 10 MB cap', () => {
  const newestIds = () => [...server.heavyRecords].reverse().map((r) => r.uuid);
  const asked = () =>
    server.received
      .filter((r) => r.path.startsWith(`/token/${server.heavyToken}/requests`))
      .map((r) => new URL(r.path, server.origin).searchParams.get('per_page'));

  it('lists them in smaller pages to the oldest, the one over the cap as a row saying so', async () => {
    const target = webhookSite(server.heavyToken);
    const pageSizes: PageSizeMemory = {};
    let shown: BinRequest[] = [];
    let cursor: string | undefined;
    const loaded: number[] = [];
    do {
      const page = okPage(await loadBinPage(target, { fetch, cursor, pageSizes }));
      loaded.push(page.requests.length);
      shown = mergeBinRequests(shown, page.requests);
      cursor = page.nextCursor;
    } while (cursor !== undefined);

    // The newest 10 first, then "Load more" until the oldest: every request in its place.
    expect(loaded).toEqual([10, 10, 30, 10]);
    const expected = newestIds().map((id, i) => (i === HEAVY_HUGE_INDEX ? 'too large' : id));
    expect(shown.map((r) => (r.tooLarge ? 'too large' : r.id))).toEqual(expected);
    const standIn = shown[HEAVY_HUGE_INDEX] as BinRequest;
    expect(observeBinRequest(standIn).result.format.label).toBe('Too large to load here (11 MB)');
    expect(observeBinRequest(standIn).receivedAtMs).toBeUndefined();
  });

  it('checks the newest page at the size that fitted, not 50 again', async () => {
    const target = webhookSite(server.heavyToken);
    const pageSizes: PageSizeMemory = {};
    const before = asked().length;
    okPage(await loadBinPage(target, { fetch, pageSizes }));
    const check = okPage(await loadBinPage(target, { fetch, pageSizes }));
    expect(asked().slice(before)).toEqual(['50', '10', '10']);
    expect(check.requests.map((r) => r.id)).toEqual(newestIds().slice(0, 10));
    expect(check.overCap).toBeUndefined();
  });

  it('names the row the same however the load reached it, so a later load does not add it again', async () => {
    const target = webhookSite(server.heavyToken);
    const fromNewer = okPage(await loadBinPage(target, { fetch, cursor: '10' }));
    const fromItself = okPage(
      await loadBinPage(target, { fetch, cursor: String(HEAVY_HUGE_INDEX) }),
    );
    const standIn = fromNewer.requests.find((r) => r.tooLarge !== undefined);
    expect(standIn?.id).toMatch(/^too-large-/);
    expect(fromItself.requests[0]?.id).toBe(standIn?.id);
    expect(fromItself.overCap).toBe(true);
  });
});

describe('private bin on the fake server', () => {
  it('asks for the API key when none is given', async () => {
    const error = failure(await loadBinPage(webhookSite(server.privateToken), { fetch }));
    expect(error).toMatchObject({ kind: 'private', status: 401, acceptsApiKey: true });
    expect(error.message).toBe(bins.errors.privateBin);
  });

  it('says a wrong key was not accepted, without echoing it', async () => {
    const wrongKey = 'wrong-key-3e9';
    const target = webhookSite(server.privateToken);
    const error = failure(await loadBinPage(target, { fetch, apiKey: wrongKey }));
    expect(error.message).toBe(bins.errors.apiKeyRejected(403));
    expect(JSON.stringify(error)).not.toContain(wrongKey);
  });

  it('lists the requests with the right key', async () => {
    const target = webhookSite(server.privateToken);
    const page = okPage(await loadBinPage(target, { fetch, apiKey: server.apiKey }));
    expect(page.requests).toHaveLength(server.privateRecords.length);
  });
});

describe('plain JSON addresses on the fake server', () => {
  it('reads a single payload as one request, byte for byte', async () => {
    const page = okPage(await load(`${server.origin}/json/payload`));
    expect(page.requests.map((r) => r.bodyText)).toEqual([seedText]);
  });

  it('parses JSON served as text/plain', async () => {
    expect(okPage(await load(`${server.origin}/json/payload-as-text`)).requests).toHaveLength(1);
  });

  it('reads an array of payloads as one request each', async () => {
    const page = okPage(await load(`${server.origin}/json/array`));
    expect(page.requests.map((r) => JSON.parse(r.bodyText).lead.name)).toHaveLength(3);
  });

  it('reads an object with a data array as one request per item', async () => {
    expect(okPage(await load(`${server.origin}/json/data`)).requests).toHaveLength(2);
  });

  it('unwraps saved webhook.site records to their bodies', async () => {
    const page = okPage(await load(`${server.origin}/json/records`));
    const newest = [...server.publicRecords].reverse().slice(0, 4);
    expect(page.requests.map((r) => r.bodyText)).toEqual(newest.map((r) => r.content));
    expect(page.requests.every((r) => r.receivedAtMs !== undefined)).toBe(true);
  });
});

/** Each fault the server can produce, with the message a user reads. */
describe('faults on demand', () => {
  it('404 at a plain address: says nothing is there', async () => {
    const error = failure(await load(server.faultUrl('404')));
    expect(error.message).toBe(
      `Nothing found at this address on ${host} (HTTP 404). Check the address.`,
    );
  });

  it('404 for an unknown webhook.site token: says free bins expire after 7 days', async () => {
    const error = failure(await loadBinPage(webhookSite(server.missingToken), { fetch }));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toBe(bins.errors.notFoundWebhookSite(host));
    expect(error.message).toContain('expire after 7 days');
  });

  it('429 with Retry-After seconds: says when to retry', async () => {
    const error = failure(await load(server.faultUrl('429')));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: RETRY_AFTER_SECONDS });
    expect(error.message).toBe(
      `${host} is limiting how often it can be asked (HTTP 429). Try again in 30 seconds.`,
    );
  });

  it('429 with a Retry-After date, on a self-hosted webhook.site: says when to retry', async () => {
    const target = webhookSite(server.publicToken, '/fault/429-date');
    const error = failure(await loadBinPage(target, { fetch }));
    expect(error.message).toBe(
      `${host} is limiting how often it can be asked (HTTP 429). Try again in 2 minutes.`,
    );
  });

  it('500: says the server had a problem, with the status', async () => {
    const error = failure(await load(server.faultUrl('500')));
    expect(error).toMatchObject({ kind: 'server-error', status: 500 });
    expect(error.message).toBe(
      `${host} had a problem answering (HTTP 500). Try again in a moment.`,
    );
  });

  it('a response that never ends: times out', async () => {
    const started = performance.now();
    const error = failure(await load(server.faultUrl('hang'), { timeoutMs: 500 }));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 500 });
    expect(error.message).toBe(
      `${host} did not finish answering within 0.5 seconds. Try again, or check that the server is up.`,
    );
  });

  it('a connection cut while the body arrives: says so, with how much arrived', async () => {
    const error = failure(await load(server.faultUrl('cut-mid-body')));
    expect(error).toEqual({
      kind: 'cut-off',
      message: `${host} started answering, but the connection was cut while the answer was arriving (512 KB of 2 MB received). Try again.`,
      receivedBytes: CUT_AFTER_BYTES,
      expectedBytes: CUT_BODY_BYTES,
    });
  });

  it('a 50 MB body streamed without a length: stops reading past 10 MB', async () => {
    const started = performance.now();
    const error = failure(await load(server.faultUrl('huge')));
    const elapsedMs = performance.now() - started;
    expect(error.message).toBe(
      `The answer from ${host} is larger than 10 MB, so Hookline stopped reading it.`,
    );
    expect(elapsedMs).toBeLessThan(10_000);
    expect(HUGE_BODY_BYTES).toBe(50 * 1024 * 1024);
  });

  it('a 50 MB body with its length declared: refuses before reading', async () => {
    const error = failure(await load(server.faultUrl('huge-declared')));
    expect(error).toMatchObject({ kind: 'too-large', maxBytes: 10 * 1024 * 1024 });
  });

  it('a redirect to another origin: stops, naming where it was sent', async () => {
    const error = failure(await load(server.faultUrl('redirect-elsewhere')));
    const otherHost = new URL(server.otherOrigin).host;
    expect(error).toEqual({
      kind: 'redirected-elsewhere',
      message: `${host} sent the request on to ${otherHost}. Hookline only reads from the site you gave it, so it stopped there.`,
      to: server.otherOrigin,
    });
  });

  it('a redirect to another origin with an API key: the key never reaches it', async () => {
    const target = webhookSite(server.privateToken, '/fault/redirect-elsewhere');
    const error = failure(await loadBinPage(target, { fetch, apiKey: server.apiKey }));
    expect(error.kind).toBe('redirected-elsewhere');
    const elsewhere = server.received.filter((r) => r.origin === server.otherOrigin);
    expect(elsewhere.filter((r) => r.headers['api-key'] !== undefined)).toEqual([]);
  });

  it('a redirect within the same origin: is followed', async () => {
    const page = okPage(await load(server.faultUrl('redirect-same')));
    expect(page.requests.map((r) => r.bodyText)).toEqual([seedText]);
  });

  it('a redirect within the same origin with an API key: is followed, key and all', async () => {
    const target = webhookSite(server.privateToken, '/fault/redirect-same');
    const page = okPage(await loadBinPage(target, { fetch, apiKey: server.apiKey }));
    expect(page.requests).toHaveLength(server.privateRecords.length);
  });

  /**
   * Node's fetch shows a manual redirect's Location; a browser returns an opaque redirect
   * instead (https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect).
   */
  const browserFetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(url, init);
    if (init?.redirect !== 'manual' || response.headers.get('location') === null) return response;
    await response.body?.cancel();
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    return opaque;
  }) as typeof globalThis.fetch;

  it('a redirect within the same origin with an API key, in a browser: is followed', async () => {
    const target = webhookSite(server.privateToken, '/fault/redirect-same');
    const page = okPage(await loadBinPage(target, { fetch: browserFetch, apiKey: server.apiKey }));
    expect(page.requests).toHaveLength(server.privateRecords.length);
  });

  it('a redirect to another origin with an API key, in a browser: names it, sends no key', async () => {
    const target = webhookSite(server.privateToken, '/fault/redirect-elsewhere');
    const error = failure(
      await loadBinPage(target, { fetch: browserFetch, apiKey: server.apiKey }),
    );
    const otherHost = new URL(server.otherOrigin).host;
    expect(error.message).toBe(bins.errors.redirectedTo(host, otherHost));
    const elsewhere = server.received.filter((r) => r.origin === server.otherOrigin);
    expect(elsewhere.filter((r) => r.headers['api-key'] !== undefined)).toEqual([]);
  });

  it('a web page where JSON was expected: says it is not JSON', async () => {
    const error = failure(await load(server.faultUrl('not-json')));
    expect(error).toEqual({ kind: 'not-json', message: bins.errors.notJsonWebPage(host) });
  });

  it('a refused connection: says the server could not be reached', async () => {
    const error = failure(await load(`${server.refusedOrigin}/json/payload`));
    const refusedHost = new URL(server.refusedOrigin).host;
    expect(error).toEqual({
      kind: 'offline',
      message: `Could not connect to ${refusedHost}. Check your internet connection; if it works, the server may be down or refusing connections.`,
    });
  });
});

describe('the fake server for browsers', () => {
  it('answers a CORS preflight for the Api-Key header from any origin', async () => {
    const response = await fetch(`${server.origin}/token/${server.privateToken}/requests`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Headers': 'api-key' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('Api-Key');
  });
});
