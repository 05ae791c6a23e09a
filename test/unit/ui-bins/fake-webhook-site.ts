/**
 * A fetch that answers like webhook.site's token API (paging, `sorting=newest`, a private bin
 * needing `Api-Key`), with faults queued on demand. Records what it was asked.
 */
import { retellEvent } from '../../support/retell-events';

export const TOKEN = '1f0e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
export const PRIVATE_TOKEN = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const API_KEY = 'whs-secret-key-5f2c';

const LEADS = ['Amira', 'Kenji', 'Sofia', 'Lukas', 'Priya', 'Mateo', 'Chloé'];
/** Retell disconnection reasons: ended by the caller, no answer, busy, an error. */
const STATUSES = ['user_hangup', 'dial_no_answer', 'dial_busy', 'error_llm_websocket_open'];
const START_MS = Date.UTC(2024, 2, 28, 8, 0, 0);

export interface CannedRecord {
  uuid: string;
  type: 'web';
  method: string;
  url: string;
  headers: Record<string, string[]>;
  query: null;
  content: string;
  size: number;
  created_at: string;
}

/** Which kind of body record n carries: most are calls; some are test pings and form posts. */
export function bodyKind(n: number): 'call' | 'json' | 'form' {
  if (n % 5 === 3) return 'json';
  if (n % 5 === 4) return 'form';
  return 'call';
}

export function leadOf(n: number): string {
  return LEADS[n % LEADS.length] as string;
}

export function statusOf(n: number): string {
  return STATUSES[n % STATUSES.length] as string;
}

export function receivedAtMs(n: number): number {
  return START_MS + n * 7 * 60_000;
}

function content(n: number): [string, string] {
  switch (bodyKind(n)) {
    case 'json':
      return [`{"test": true, "note": "hello from curl", "n": ${n}}`, 'application/json'];
    case 'form':
      return ['name=David&phone=%2B1234334546', 'application/x-www-form-urlencoded'];
    case 'call': {
      const payload = retellEvent('call_ended', `call_${n}`, leadOf(n));
      const call = payload.call as Record<string, unknown>;
      call.disconnection_reason = statusOf(n);
      call.duration_ms = (60 + n) * 1000;
      return [JSON.stringify(payload), 'application/json'];
    }
  }
}

export function requestUuid(token: string, n: number): string {
  return `${token.slice(0, 8)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function record(token: string, n: number, [body, contentType] = content(n)): CannedRecord {
  return {
    uuid: requestUuid(token, n),
    type: 'web',
    method: 'POST',
    url: `https://webhook.site/${token}`,
    headers: { 'content-type': [contentType] },
    query: null,
    content: body,
    size: body.length,
    // webhook.site's "Y-m-d H:i:s", UTC without a zone.
    created_at: new Date(receivedAtMs(n)).toISOString().slice(0, 19).replace('T', ' '),
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export interface Asked {
  url: URL;
  headers: Record<string, string>;
}

export function fakeWebhookSite(count = 60) {
  const bins = new Map<string, CannedRecord[]>([
    [TOKEN, Array.from({ length: count }, (_, n) => record(TOKEN, n))],
    [PRIVATE_TOKEN, Array.from({ length: 3 }, (_, n) => record(PRIVATE_TOKEN, n))],
  ]);
  const asked: Asked[] = [];
  const queued: Array<() => Response | Promise<Response>> = [];

  function answer(url: URL, headers: Record<string, string>): Response {
    const [, area, token, what, id] = url.pathname.split('/');
    const records = token === undefined ? undefined : bins.get(token);
    if (area !== 'token' || records === undefined) return json({ error: 'Not found' }, 404);
    if (token === PRIVATE_TOKEN && headers['Api-Key'] === undefined) {
      return json({ error: 'Unauthorized' }, 401);
    }
    if (token === PRIVATE_TOKEN && headers['Api-Key'] !== API_KEY) {
      return json({ error: 'Forbidden' }, 403);
    }
    if (what === 'request') {
      const found = records.find((r) => r.uuid === id);
      return found ? json(found) : json({ error: 'Not found' }, 404);
    }
    const sorted = url.searchParams.get('sorting') === 'newest' ? [...records].reverse() : records;
    const perPage = Number(url.searchParams.get('per_page') ?? 50);
    const page = Number(url.searchParams.get('page') ?? 1);
    const data = sorted.slice((page - 1) * perPage, page * perPage);
    return json({
      data,
      total: records.length,
      per_page: perPage,
      current_page: page,
      is_last_page: page * perPage >= records.length,
    });
  }

  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    asked.push({ url, headers });
    const fault = queued.shift();
    return fault ? fault() : answer(url, headers);
  }) as typeof globalThis.fetch;

  return {
    fetch,
    asked,
    /** Answers the next request with this instead. */
    failNext(reply: () => Response | Promise<Response>) {
      queued.push(reply);
    },
    /** A request arriving in the public bin (the newest); `body` replaces the canned one. */
    capture(n: number, body?: string) {
      bins
        .get(TOKEN)
        ?.push(record(TOKEN, n, body === undefined ? undefined : [body, 'application/json']));
    },
  };
}
