/**
 * A local stand-in for request bins, for unit and end-to-end tests. Dependency-free (node:http),
 * listens on 127.0.0.1 on random ports, and answers any origin (CORS) so an extension page can
 * read it (all but /receive, see there).
 *
 * Routes (on `origin`):
 *   /token/<uuid>/requests?sorting=newest|oldest&per_page=N&page=N   webhook.site token API
 *   /token/<uuid>/request/latest, /token/<uuid>/request/<id>
 *   (tokens: the public bin, the private one, `eventsToken`: events of two calls, and
 *   `heavyToken`: calls too large to list 50 at a time, one of them over the 10 MB cap)
 *   /json/payload, /json/payload-as-text, /json/array, /json/data, /json/records   plain JSON
 *   GET /smee/<channel>   a smee.io-style event stream (`ready`, then one message per request
 *     POSTed to the same address: `{...headers, body, query, timestamp}`); smee keeps no history
 *   With `{ smeeIo: true }`: smee.io itself for a browser, see SmeeIo below.
 *   POST /receive/<retell|elevenlabs|bland>   a developer's endpoint that verifies the signature
 *     with RECEIVER_SECRET (see signing-receiver.ts): 200 {"verified":true} or 401 with why; no
 *     CORS, like a real server
 *   /fault/<name>[/rest]   a fault on demand (see FAULTS); the redirects lead to `/rest`
 *     (default /json/payload), so `/fault/429/token/<uuid>/requests` is a self-hosted-looking
 *     webhook.site that answers 429.
 * The public bin is open; the private one needs `Api-Key` (401 without, 403 when wrong); the
 * signed bin holds a Retell and an ElevenLabs call signed with RECEIVER_SECRET at server start.
 *
 * Run from another process: `npx tsx test/support/fake-bin-server.ts` prints its addresses as
 * JSON on one line and serves until stopped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { retellEventText } from './retell-events';
import { platformSignature, refusal } from './signing-receiver';

export const FAULTS = [
  '404',
  '429',
  '429-date',
  '500',
  'hang',
  'cut-mid-body',
  'huge',
  'huge-declared',
  'redirect-elsewhere',
  'redirect-same',
  'not-json',
] as const;
export type Fault = (typeof FAULTS)[number];

export const HUGE_BODY_BYTES = 50 * 1024 * 1024;
export const RETRY_AFTER_SECONDS = 30;
/** `cut-mid-body` declares this many bytes, sends the first CUT_AFTER_BYTES, then drops. */
export const CUT_BODY_BYTES = 2 * 1024 * 1024;
export const CUT_AFTER_BYTES = 512 * 1024;

/** A request as webhook.site's API returns it. */
export interface BinRecord {
  uuid: string;
  type: 'web';
  method: string;
  url: string;
  ip: string;
  headers: Record<string, string[]>;
  query: Record<string, string> | null;
  content: string;
  size: number;
  created_at: string;
}

export interface ReceivedRequest {
  origin: string;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeBinServer {
  origin: string;
  /** A second listener: another origin, for redirects that leave the first one. */
  otherOrigin: string;
  /** Nothing listens here (the port was opened and closed): connections are refused. */
  refusedOrigin: string;
  publicToken: string;
  privateToken: string;
  apiKey: string;
  /** An unknown (expired-looking) token: 404 like webhook.site. */
  missingToken: string;
  /** A bin holding several events of one call and a delivery retried (see EVENT_BODIES). */
  eventsToken: string;
  /** A bin whose newest 50 exceed 10 MB (see HEAVY_*): webhook.site cannot hand them at once. */
  heavyToken: string;
  /** The heavy bin's requests, oldest first, as stored. */
  heavyRecords: readonly BinRecord[];
  /** The public bin's requests, oldest first, as stored. */
  publicRecords: readonly BinRecord[];
  privateRecords: readonly BinRecord[];
  signedToken: string;
  /** Oldest first, as stored: the Retell call, then the ElevenLabs one a second later. */
  signedRecords: readonly BinRecord[];
  /** Every request either listener received, in order. */
  received: ReceivedRequest[];
  /** The raw bodies POSTed to /receive/…, in order, as the receiver read them. */
  receivedBodies: string[];
  /** `${origin}/fault/<name>` */
  faultUrl(fault: Fault, rest?: string): string;
  /** A request arriving in the public bin now (the newest): a call payload unless `captured`. */
  append(captured?: Captured): BinRecord;
  /** "Append over time": a new request in the public bin every `everyMs`; returns the stop. */
  appendEvery(everyMs: number): () => void;
  /** `${origin}/smee/<channel>`: read it as an event stream, POST to it to send a request. */
  smeeUrl(channel: string): string;
  /** How many readers the channel's stream has open now. */
  smeeListeners(channel: string): number;
  /** Set when started with `{ smeeIo: true }`. */
  smeeIo?: SmeeIo;
  close(): Promise<void>;
}

/**
 * smee.io played by this server, so a browser reads `https://smee.io/<channel>` exactly as a user
 * pastes it: the browser sends https through `proxy` (host:port of an HTTP proxy answering
 * CONNECT for smee.io:443 only) to a TLS listener with a self-signed smee.io certificate, which
 * the browser must be told to accept. Its channels are the ones of `smeeUrl`. Nothing of this is
 * in the extension: only the e2e build's manifest grants https://smee.io without a prompt.
 */
export interface SmeeIo {
  proxy: string;
}

export interface FakeBinServerOptions {
  smeeIo?: boolean;
}

const PUBLIC_TOKEN = '1f0e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const PRIVATE_TOKEN = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const MISSING_TOKEN = '00000000-dead-4bad-8bad-000000000000';
const SIGNED_TOKEN = '5e1a2b3c-4d5e-4f60-8a1b-2c3d4e5f6a7b';
const EVENTS_TOKEN = '5e7a9b1c-3d5f-4a7c-9e1b-3d5f7a9c1e3b';
const HEAVY_TOKEN = '4ea7b1c2-d3e4-4f56-8a7b-9c0d1e2f3a4b';
const API_KEY = 'fake-api-key-2f1c9e';
const PUBLIC_COUNT = 120;
/** The secret-looking header every POST carries, for tests of masking. */
export const BEARER = 'sk_live_fake_2f1c9e7a5b3d';
const PRIVATE_COUNT = 3;
/** The heavy bin: this many calls of HEAVY_CALL_BYTES, newest first, one of HEAVY_HUGE_BYTES. */
export const HEAVY_COUNT = 60;
export const HEAVY_CALL_BYTES = 220 * 1024;
export const HEAVY_HUGE_BYTES = 11 * 1024 * 1024;
/** Where the huge one sits, counted from the newest (0): past the first 10, within the first 50. */
export const HEAVY_HUGE_INDEX = 13;
const MAX_PER_PAGE = 100;

const seedText = readFileSync(
  new URL('../fixtures/synthflow/seed-example.json', import.meta.url),
  'utf8',
);

const LEADS = ['Amira', 'Kenji', 'Sofia', 'Lukas', 'Priya', 'Mateo', 'Chloé', 'Oluwaseun'];
/** [status, end_call_reason, duration] from Synthflow's documented lists. */
const OUTCOMES: Array<[string, string, number]> = [
  ['completed', 'human_goodbye', 95],
  ['completed', 'agent_goodbye', 48],
  ['no-answer', 'undefined', 0],
  ['busy', 'undefined', 0],
  ['hangup_on_voicemail', 'voicemail', 12],
  ['completed', 'max_duration', 600],
  ['failed', 'human_pick_up_cut_off', 7],
];

/** A variant of the vendor's seed example: another lead, outcome and id. */
function callPayload(n: number): string {
  const payload = JSON.parse(seedText);
  const [status, reason, duration] = OUTCOMES[n % OUTCOMES.length] as [string, string, number];
  payload.status = status;
  payload.error_message = '';
  payload.lead.name = LEADS[n % LEADS.length];
  payload.lead.phone_number = `+4915${String(1000000 + n * 7919).slice(0, 8)}`;
  payload.call.status = status;
  payload.call.end_call_reason = reason;
  payload.call.duration = duration;
  payload.call.call_id = `17116462624${String(n).padStart(2, '0')}x7683871199138431${String(n).padStart(2, '0')}`;
  if (duration === 0) payload.call.transcript = '';
  return JSON.stringify(payload, null, 2);
}

export interface Captured {
  method: string;
  content: string;
  contentType?: string;
  query?: Record<string, string>;
}

/** Requests that are not call payloads, as they turn up in real bins. */
const NON_CALLS: Captured[] = [
  { method: 'GET', content: '', query: { ping: '1' } },
  {
    method: 'POST',
    content:
      '{"event":"call_inbound","call_inbound":{"model_id":"m_1","from_number":"+15550100","to_number":"+15550199"}}',
    contentType: 'application/json',
  },
  {
    method: 'POST',
    content: 'name=David&phone=%2B1234334546',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    method: 'POST',
    content: '{"test": true, "note": "hello from curl"}',
    contentType: 'application/json',
  },
  { method: 'PUT', content: 'plain text, not JSON', contentType: 'text/plain' },
];

function captured(n: number): Captured {
  if (n === 0) return { method: 'POST', content: seedText, contentType: 'application/json' };
  if (n % 4 === 3) return NON_CALLS[Math.floor(n / 4) % NON_CALLS.length] as Captured;
  return { method: 'POST', content: callPayload(n), contentType: 'application/json' };
}

const SIGNED_FIXTURES = [
  ['retell', '../fixtures/retell/call-analyzed-user-hangup.json'],
  ['elevenlabs', '../fixtures/elevenlabs/transcription-caller-hangup.json'],
] as const;

/** Webhooks as the platforms send them: raw fixture bytes with a fresh signature header. */
function signedRecords(nowMs: number): BinRecord[] {
  return SIGNED_FIXTURES.map(([platform, path], n) => {
    const content = readFileSync(new URL(path, import.meta.url), 'utf8');
    const signedMs = nowMs - (SIGNED_FIXTURES.length - 1 - n) * 1000;
    const [name, value] = platformSignature(platform, content, signedMs);
    return {
      uuid: requestUuid(SIGNED_TOKEN.slice(0, 8), n),
      type: 'web',
      method: 'POST',
      url: `https://webhook.site/${SIGNED_TOKEN}`,
      ip: '203.0.113.9',
      headers: {
        host: ['webhook.site'],
        'content-type': ['application/json'],
        'content-length': [String(Buffer.byteLength(content))],
        [name]: [value],
      },
      query: null,
      content,
      size: Buffer.byteLength(content),
      created_at: createdAt(signedMs),
    };
  });
}

/** webhook.site's "Y-m-d H:i:s", UTC, no zone. */
function createdAt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function requestUuid(tokenPrefix: string, n: number): string {
  return `${tokenPrefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const vapiReport = readFileSync(
  new URL('../fixtures/vapi/end-of-call-report-assistant-ended-call.json', import.meta.url),
  'utf8',
);

/**
 * What a bin holds after two calls, oldest first: Retell's `call_ended` then `call_analyzed` of
 * one call (Ana Costa), and Vapi's report of another (Daniel Brooks) delivered twice (Vapi
 * retried it): two calls.
 */
const EVENT_BODIES = [
  retellEventText('call_ended', 'call_e2e_ana', 'Ana Costa'),
  retellEventText('call_analyzed', 'call_e2e_ana', 'Ana Costa'),
  vapiReport,
  vapiReport,
];

/** A call whose transcript pads the payload to about `bytes`: a long call, or one gone wrong. */
function longCall(n: number, bytes: number): Captured {
  const payload = JSON.parse(callPayload(n));
  const words = 'Still talking. ';
  payload.call.transcript = `human: Call ${n}. ${words.repeat(Math.ceil(bytes / words.length))}`;
  return { method: 'POST', content: JSON.stringify(payload), contentType: 'application/json' };
}

function heavyDelivery(n: number): Captured {
  const huge = n === HEAVY_COUNT - 1 - HEAVY_HUGE_INDEX;
  return longCall(n, huge ? HEAVY_HUGE_BYTES : HEAVY_CALL_BYTES);
}

function eventDelivery(n: number): Captured {
  return { method: 'POST', content: EVENT_BODIES[n] ?? '', contentType: 'application/json' };
}

function makeRecords(
  token: string,
  count: number,
  startMs: number,
  capturedOf: (n: number) => Captured = captured,
): BinRecord[] {
  return Array.from({ length: count }, (_, n) =>
    makeRecord(token, n, capturedOf(n), startMs + n * 7 * 60_000 + (n % 60) * 1000),
  );
}

function makeRecord(
  token: string,
  n: number,
  { method, content, contentType, query }: Captured,
  atMs: number,
): BinRecord {
  const search = query ? `?${new URLSearchParams(query)}` : '';
  return {
    uuid: requestUuid(token.slice(0, 8), n),
    type: 'web',
    method,
    url: `https://webhook.site/${token}${search}`,
    ip: '203.0.113.7',
    headers: {
      host: ['webhook.site'],
      'user-agent': ['Synthflow-Webhook/1.0'],
      ...(contentType ? { 'content-type': [contentType] } : {}),
      'content-length': [String(Buffer.byteLength(content))],
      ...(method === 'POST' ? { authorization: [`Bearer ${BEARER}`] } : {}),
    },
    query: query ?? null,
    content,
    size: Buffer.byteLength(content),
    created_at: createdAt(atMs),
  };
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'Api-Key, Accept, Content-Type, X-Retell-Signature, ElevenLabs-Signature, X-Webhook-Signature',
  'access-control-expose-headers': 'Retry-After, Content-Length',
  'access-control-max-age': '600',
};

/** A JSON (or given) answer, or a handler that writes the response itself (streams, hangs). */
type Reply =
  | { status: number; body: unknown; headers?: Record<string, string | number> }
  | ((res: ServerResponse) => void);

function send(res: ServerResponse, reply: Reply): void {
  if (typeof reply === 'function') {
    reply(res);
    return;
  }
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...CORS_HEADERS,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...reply.headers,
  });
  res.end(text);
}

const NOT_FOUND: Reply = {
  status: 404,
  body: { success: false, error: { message: 'Token not found' } },
};

function pageOf(records: readonly BinRecord[], query: URLSearchParams): object {
  const sorted = query.get('sorting') === 'newest' ? [...records].reverse() : records;
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query.get('per_page')) || 50));
  const page = Math.max(1, Number(query.get('page')) || 1);
  const data = sorted.slice((page - 1) * perPage, page * perPage);
  const from = data.length > 0 ? (page - 1) * perPage + 1 : null;
  return {
    data,
    total: records.length,
    per_page: perPage,
    current_page: page,
    is_last_page: page * perPage >= records.length,
    from,
    to: from === null ? null : from + data.length - 1,
  };
}

/** A 50 MB JSON array of spaces, written as the socket drains so it is never held at once. */
function streamHuge(declareLength: boolean): Reply {
  return (res) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    res.writeHead(200, {
      ...CORS_HEADERS,
      'content-type': 'application/json',
      ...(declareLength ? { 'content-length': HUGE_BODY_BYTES } : {}),
    });
    res.write('[');
    let sent = 1;
    const pump = () => {
      while (!res.destroyed && sent < HUGE_BODY_BYTES - 1) {
        const size = Math.min(chunk.length, HUGE_BODY_BYTES - 1 - sent);
        sent += size;
        if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end(']');
    };
    pump();
  };
}

/** Headers and the start of a body, then nothing: the connection stays open until closed. */
const HANG: Reply = (res) => {
  res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/json' });
  res.write('{"data":[');
};

/** Status, headers and a quarter of the body, then the socket is destroyed (a dropped link). */
const CUT_MID_BODY: Reply = (res) => {
  res.writeHead(200, {
    ...CORS_HEADERS,
    'content-type': 'application/json',
    'content-length': CUT_BODY_BYTES,
  });
  const start = Buffer.alloc(CUT_AFTER_BYTES, 0x20);
  start.write('[');
  res.write(start, () => res.destroy());
};

interface State {
  origin: string;
  otherOrigin: string;
  publicRecords: BinRecord[];
  privateRecords: BinRecord[];
  signedRecords: BinRecord[];
  eventRecords: BinRecord[];
  heavyRecords: BinRecord[];
}

function faultReply(fault: string, rest: string, state: State): Reply {
  const target = rest === '' ? '/json/payload' : rest;
  const tooMany = { error: 'Too Many Requests' };
  switch (fault as Fault) {
    case '404':
      return NOT_FOUND;
    case '429':
      return { status: 429, body: tooMany, headers: { 'retry-after': RETRY_AFTER_SECONDS } };
    case '429-date': {
      const at = new Date(Date.now() + 2 * 60_000).toUTCString();
      return { status: 429, body: tooMany, headers: { 'retry-after': at } };
    }
    case '500':
      return { status: 500, body: { error: 'Server Error' } };
    case 'hang':
      return HANG;
    case 'cut-mid-body':
      return CUT_MID_BODY;
    case 'huge':
      return streamHuge(false);
    case 'huge-declared':
      return streamHuge(true);
    case 'redirect-elsewhere':
      return { status: 302, body: '', headers: { location: `${state.otherOrigin}${target}` } };
    case 'redirect-same':
      return { status: 302, body: '', headers: { location: target } };
    case 'not-json':
      // Claims JSON but is a web page, like a login wall or a dashboard address.
      return { status: 200, body: '<!doctype html><html><body><h1>Bin</h1></body></html>' };
    default:
      return { status: 400, body: { error: `Unknown fault ${fault}` } };
  }
}

function tokenReply(
  token: string,
  rest: string[],
  query: URLSearchParams,
  apiKey: string | string[] | undefined,
  state: State,
): Reply {
  let records: readonly BinRecord[];
  if (token === PUBLIC_TOKEN) records = state.publicRecords;
  else if (token === SIGNED_TOKEN) records = state.signedRecords;
  else if (token === EVENTS_TOKEN) records = state.eventRecords;
  else if (token === HEAVY_TOKEN) records = state.heavyRecords;
  else if (token !== PRIVATE_TOKEN) return NOT_FOUND;
  else if (apiKey === undefined) return { status: 401, body: { error: 'Unauthorized' } };
  else if (apiKey !== API_KEY) return { status: 403, body: { error: 'Forbidden' } };
  else records = state.privateRecords;

  const [what, id] = rest;
  if (what === 'requests' && id === undefined) {
    return { status: 200, body: pageOf(records, query) };
  }
  const record =
    what !== 'request'
      ? undefined
      : id === 'latest'
        ? records.at(-1)
        : records.find((r) => r.uuid === id);
  return record ? { status: 200, body: record } : NOT_FOUND;
}

const JSON_DOCUMENTS: Record<string, (state: State) => [string, string]> = {
  '/json/payload': () => ['application/json', seedText],
  '/json/payload-as-text': () => ['text/plain; charset=utf-8', seedText],
  '/json/array': () => ['application/json', `[${[1, 2, 4].map(callPayload).join(',')}]`],
  '/json/data': () => ['application/json', `{"data":[${[5, 6].map(callPayload).join(',')}]}`],
  '/json/records': (state) => [
    'application/json',
    JSON.stringify(pageOf(state.publicRecords, new URLSearchParams('sorting=newest&per_page=4'))),
  ],
};

function route(req: IncomingMessage, state: State): Reply {
  const url = new URL(req.url ?? '/', state.origin);
  if (req.method === 'OPTIONS') {
    return (res) => {
      res.writeHead(204, CORS_HEADERS);
      res.end();
    };
  }
  const segments = url.pathname.split('/');
  const [, area, name] = segments;
  if (area === 'fault' && name !== undefined) {
    const rest = segments.slice(3).join('/');
    return faultReply(name, rest === '' ? '' : `/${rest}${url.search}`, state);
  }
  if (area === 'token' && name !== undefined) {
    return tokenReply(name, segments.slice(3), url.searchParams, req.headers['api-key'], state);
  }
  const document = JSON_DOCUMENTS[url.pathname];
  if (!document) return NOT_FOUND;
  const [contentType, body] = document(state);
  return { status: 200, body, headers: { 'content-type': contentType } };
}

/**
 * The developer's endpoint: reads the raw body, then verifies it as the platform's SDK would.
 * Like most webhook servers it knows nothing of CORS (no preflight answer, no Access-Control
 * headers), so only a page with host access to it can post there: a check that "Send" relies
 * on the extension's access, not on the endpoint's goodwill.
 */
async function receive(req: IncomingMessage, res: ServerResponse, bodies: string[]): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' });
    res.end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  bodies.push(rawBody);
  const platform = (req.url ?? '').split('/')[2] ?? '';
  const why = refusal(platform, req.headers, rawBody, Date.now());
  const answer =
    why === undefined
      ? { status: 200, body: { verified: true, bytes: Buffer.byteLength(rawBody) } }
      : { status: 401, body: { verified: false, reason: why } };
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(answer.body));
}

type Channels = Map<string, Set<ServerResponse>>;

/**
 * smee.io's channel: GET streams server-sent events (`ready` first, like smee), a POST is sent
 * to every open stream as `{...headers, body, query, timestamp}` with the body parsed from JSON
 * (so its exact bytes are lost, as on smee.io) and is not kept.
 */
async function smee(
  req: IncomingMessage,
  res: ServerResponse,
  channels: Channels,
  channel: string,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const listeners = channels.get(channel) ?? new Set<ServerResponse>();
  channels.set(channel, listeners);
  if (req.method === 'GET') {
    res.writeHead(200, {
      ...CORS_HEADERS,
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
    });
    res.write('event: ready\ndata: {}\n\n');
    listeners.add(res);
    res.on('close', () => listeners.delete(res));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: smee passes it on as the string it was.
  }
  const message = {
    ...req.headers,
    body,
    query: Object.fromEntries(url.searchParams),
    timestamp: Date.now(),
  };
  for (const listener of listeners) listener.write(`data: ${JSON.stringify(message)}\n\n`);
  send(res, { status: 200, body: { ok: true } });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  // Hanging and streaming responses would keep close() waiting for ever.
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const SMEE_IO = 'smee.io:443';

/** A throwaway self-signed certificate for smee.io (openssl is in every Debian image). */
function smeeIoCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-smee-io-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=smee.io',
        '-addext',
        'subjectAltName=DNS:smee.io',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * smee.io's routes (`/<channel>`) over TLS, and the CONNECT proxy in front of them on `proxyOn`.
 * A tunnel to any other host is refused, so a browser pointed here reaches nothing else.
 */
async function serveSmeeIo(
  proxyOn: Server,
  channels: Channels,
): Promise<{ proxy: string; close(): Promise<void> }> {
  const server = createTlsServer(smeeIoCertificate(), (req, res) => {
    const channel = (req.url ?? '/').split(/[/?]/)[1] ?? '';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
    } else {
      void smee(req, res, channels, channel);
    }
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  // Tunnels left the HTTP server's hands at CONNECT, so its closeAllConnections misses them.
  const tunnels = new Set<Socket>();
  proxyOn.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    if (req.url !== SMEE_IO) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const { port: proxyPort } = proxyOn.address() as AddressInfo;
  return {
    proxy: `127.0.0.1:${proxyPort}`,
    close: () => {
      for (const tunnel of tunnels) tunnel.destroy();
      return closeServer(server);
    },
  };
}

export async function startFakeBinServer(
  options: FakeBinServerOptions = {},
): Promise<FakeBinServer> {
  const refused = createServer();
  const refusedOrigin = await listen(refused);
  await closeServer(refused);

  const received: ReceivedRequest[] = [];
  const receivedBodies: string[] = [];
  const servers = [createServer(), createServer()] as const;
  const [origin, otherOrigin] = (await Promise.all(servers.map(listen))) as [string, string];
  const channels: Channels = new Map();
  const smeeIo = options.smeeIo ? await serveSmeeIo(servers[0], channels) : undefined;
  const startMs = Date.UTC(2024, 2, 28, 8, 0, 0);
  const shared = {
    otherOrigin,
    publicRecords: makeRecords(PUBLIC_TOKEN, PUBLIC_COUNT, startMs),
    privateRecords: makeRecords(PRIVATE_TOKEN, PRIVATE_COUNT, startMs),
    signedRecords: signedRecords(Date.now()),
    eventRecords: makeRecords(EVENTS_TOKEN, EVENT_BODIES.length, startMs, eventDelivery),
    heavyRecords: makeRecords(HEAVY_TOKEN, HEAVY_COUNT, startMs, heavyDelivery),
  };
  servers.forEach((server, i) => {
    const state: State = { ...shared, origin: i === 0 ? origin : otherOrigin };
    server.on('request', (req, res) => {
      received.push({
        origin: state.origin,
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
      });
      if (req.url?.startsWith('/receive/')) {
        void receive(req, res, receivedBodies);
        return;
      }
      if (req.url?.startsWith('/smee/') && req.method !== 'OPTIONS') {
        void smee(req, res, channels, req.url.split(/[/?]/)[2] ?? '');
        return;
      }
      send(res, route(req, state));
    });
  });

  const append = (what?: Captured): BinRecord => {
    const records = shared.publicRecords;
    const n = records.length;
    const last = records.at(-1);
    // After the newest one, and never before now: a bin records when it receives.
    const atMs = Math.max(
      Date.now(),
      (last ? Date.parse(`${last.created_at.replace(' ', 'T')}Z`) : 0) + 1000,
    );
    const call = { method: 'POST', content: callPayload(n), contentType: 'application/json' };
    const record = makeRecord(PUBLIC_TOKEN, n, what ?? call, atMs);
    records.push(record);
    return record;
  };

  return {
    origin,
    otherOrigin,
    refusedOrigin,
    publicToken: PUBLIC_TOKEN,
    privateToken: PRIVATE_TOKEN,
    apiKey: API_KEY,
    missingToken: MISSING_TOKEN,
    eventsToken: EVENTS_TOKEN,
    heavyToken: HEAVY_TOKEN,
    heavyRecords: shared.heavyRecords,
    publicRecords: shared.publicRecords,
    privateRecords: shared.privateRecords,
    signedToken: SIGNED_TOKEN,
    signedRecords: shared.signedRecords,
    received,
    receivedBodies,
    faultUrl: (fault, rest = '') => `${origin}/fault/${fault}${rest}`,
    append,
    appendEvery: (everyMs) => {
      const timer = setInterval(() => append(), everyMs);
      return () => clearInterval(timer);
    },
    smeeUrl: (channel) => `${origin}/smee/${channel}`,
    smeeListeners: (channel) => channels.get(channel)?.size ?? 0,
    ...(smeeIo ? { smeeIo: { proxy: smeeIo.proxy } } : {}),
    close: async () => {
      for (const listeners of channels.values()) for (const res of listeners) res.end();
      await Promise.all([...servers.map(closeServer), smeeIo?.close()]);
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startFakeBinServer();
  const { origin, otherOrigin, refusedOrigin, publicToken, privateToken, apiKey } = server;
  console.log(
    JSON.stringify({ origin, otherOrigin, refusedOrigin, publicToken, privateToken, apiKey }),
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
}
