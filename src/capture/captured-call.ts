import type { CallDecodeResult } from '../model/decode-call';
import { outcome } from '../strings';

export type BodySource = 'request' | 'response';

/** One call payload found in the inspected page's traffic. Plain data, like the model. */
export interface CapturedCall {
  /** Stable across the backfill and the live event of the same request (see bodyKey). */
  id: string;
  /** When the request started, epoch ms. */
  startedMs: number;
  method: string;
  url: string;
  /** The URL's path and query, for the list. */
  path: string;
  source: BodySource;
  /** Position in a list body (an array, or webhook.site's `data` list); absent for one payload. */
  index?: number;
  result: CallDecodeResult;
  /** The payload as text, for "Open in tab". */
  text: string;
  /** Lower-cased customer name, number, ids, URL and transcript: what the text filter searches. */
  searchText: string;
}

/**
 * What the backfill (getHAR) and the live event (onRequestFinished) both give for one request.
 * Two requests with the same start time, method and URL are taken to be the same request.
 */
export function entryKey(startedDateTime: string, method: string, url: string): string {
  return `${startedDateTime} ${method} ${url}`;
}

export function bodyKey(entry: string, source: BodySource): string {
  return `${entry} ${source}`;
}

export function displayPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? `${parsed.pathname}${parsed.search}`
      : url;
  } catch {
    return url;
  }
}

export function searchTextOf(result: CallDecodeResult, url: string): string {
  const call = result.call;
  const parts = [
    url,
    result.format.label,
    call?.customer.name,
    call?.customer.number,
    ...(call?.ids.map((id) => id.value) ?? []),
    call && outcome[call.outcome.category].label,
    call?.outcome.status?.raw,
    ...(call?.transcript.turns.map((turn) => turn.text) ?? []),
  ];
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n')
    .toLowerCase();
}
