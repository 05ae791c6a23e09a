import type { HeaderMap } from '../model/http/headers';

/** A webhook to send again: the exact raw body, its content type and the headers to carry. */
export interface ReplayRequest {
  url: string;
  method: 'POST';
  body: string;
  headers: Record<string, string>;
}

/**
 * Headers a page may not set (the browser owns them: fetch drops or refuses them) and headers
 * that describe the original hop, not the webhook. Forbidden names per the Fetch standard:
 * https://fetch.spec.whatwg.org/#forbidden-request-header
 */
const NOT_CARRIED = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  'user-agent',
  // Added by bins and proxies on the way in.
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'cf-connecting-ip',
  'cf-ray',
  'cf-ipcountry',
  'cf-visitor',
  'cdn-loop',
  'x-request-id',
  'x-amzn-trace-id',
]);

function carried(name: string): boolean {
  const lower = name.toLowerCase();
  return !NOT_CARRIED.has(lower) && !lower.startsWith('proxy-') && !lower.startsWith('sec-');
}

function firstValues(headers: HeaderMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined && carried(name)) out[name.toLowerCase()] = first;
  }
  return out;
}

/**
 * The request that replays `body` to `url`. `as-received` carries the platform's headers as
 * they came (signatures then only verify within the platform's time window); `signed` carries
 * only the content type plus the fresh signature headers given; `body-only` just the type.
 */
export function replayRequest(
  url: string,
  body: string,
  contentType: string | undefined,
  choice:
    | { kind: 'as-received'; headers: HeaderMap }
    | { kind: 'signed'; signature: Record<string, string> }
    | { kind: 'body-only' },
): ReplayRequest {
  const type = { 'content-type': contentType ?? 'application/json' };
  const headers =
    choice.kind === 'as-received'
      ? { ...type, ...firstValues(choice.headers) }
      : choice.kind === 'signed'
        ? { ...type, ...lowerKeys(choice.signature) }
        : type;
  return { url, method: 'POST', body, headers };
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
