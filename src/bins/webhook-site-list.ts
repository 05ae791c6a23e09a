/**
 * Listing a webhook.site bin under the size cap. The token API hands out pages of `per_page`
 * requests, and 50 long calls (or one payload with audio in it) can be more than the cap
 * together. Smaller pages are then asked for, 50 → 10 → 2 → 1, and a request that alone is over
 * the cap becomes a row saying so, instead of the whole bin failing. Cursors count requests from
 * the newest, so "Load more" goes on from wherever the smaller pages stopped.
 */
import { unexpectedShape } from './errors';
import { binSiteUrl } from './targets';
import type { BinError, BinPageResult, BinRequest, LoadOptions, WebhookSiteTarget } from './types';
import { parseWebhookSitePage, webhookSitePageUrl } from './webhook-site';

/** Each divides the one before, so an offset reached with one size is a page start for the next. */
const PAGE_SIZES = [50, 10, 2, 1] as const;
const FULL_PAGE = PAGE_SIZES[0];
/** webhook.site allows about 120 API calls a minute per IP: one load asks this many at most. */
export const MAX_FETCHES_PER_LOAD = 8;

export type FetchPage = (
  url: string,
) => Promise<{ ok: true; json: unknown } | { ok: false; error: BinError }>;

type TooLarge = Extract<BinError, { kind: 'too-large' }>;

/** A request the cap kept out, until it is named after its neighbours. */
interface Oversized {
  oversized: TooLarge;
}

type Row = BinRequest | Oversized;

const isOversized = (row: Row): row is Oversized => 'oversized' in row;

/** How many of the newest requests are listed already; anything else starts at the newest. */
export function offsetFromCursor(cursor: string | undefined): number {
  return cursor !== undefined && /^\d{1,7}$/.test(cursor) ? Number(cursor) : 0;
}

interface Naming {
  target: WebhookSiteTarget;
  start: number;
  atEnd: boolean;
}

/**
 * Stands in for an oversized request. Its id comes from the next older request, which never
 * changes as new ones arrive, so a later check or "Load more" finds the same row again. Its time
 * is a neighbour's, so it sorts in place; the row does not show it (see observe.ts).
 */
function standIn(row: Oversized, rows: readonly Row[], index: number, context: Naming): BinRequest {
  const olderIndex = rows.findIndex((other, i) => i > index && !isOversized(other));
  const older = rows[olderIndex] as BinRequest | undefined;
  const newer = rows.slice(0, index).findLast((other) => !isOversized(other)) as
    | BinRequest
    | undefined;
  const id =
    older !== undefined
      ? `too-large-${olderIndex - index}-before-${older.id}`
      : context.atEnd
        ? `too-large-oldest-${rows.length - index}`
        : `too-large-at-${context.start + index}`;
  const receivedAtMs = newer?.receivedAtMs ?? older?.receivedAtMs;
  const { declaredBytes, maxBytes } = row.oversized;
  return {
    id,
    ...(receivedAtMs === undefined ? {} : { receivedAtMs }),
    bodyText: '',
    siteUrl: binSiteUrl(context.target),
    tooLarge: { ...(declaredBytes === undefined ? {} : { bytes: declaredBytes }), maxBytes },
  };
}

/**
 * One load of a webhook.site bin, newest first. The newest page (no cursor, checked every few
 * seconds) stops at the first page that fits; "Load more" fills up to the next multiple of 50,
 * so the loads after a run of small pages are whole pages again. Never throws.
 */
export async function loadWebhookSiteList(
  target: WebhookSiteTarget,
  options: LoadOptions,
  fetchPage: FetchPage,
): Promise<BinPageResult> {
  const start = offsetFromCursor(options.cursor);
  const newest = start === 0;
  const end = start - (start % FULL_PAGE) + FULL_PAGE;
  const largest = newest ? (options.pageSizes?.newest ?? FULL_PAGE) : FULL_PAGE;
  const rows: Row[] = [];
  let offset = start;
  let fetches = 0;
  let atEnd = false;
  let overCap = false;
  let total: number | undefined;

  while (offset < end && fetches < MAX_FETCHES_PER_LOAD && !atEnd) {
    const sizes = PAGE_SIZES.filter(
      (size) => size <= largest && size <= end - offset && offset % size === 0,
    );
    let fitted = false;
    let oversized: TooLarge | undefined;
    for (const size of sizes) {
      if (fetches === MAX_FETCHES_PER_LOAD) break;
      fetches += 1;
      const page = offset / size + 1;
      const result = await fetchPage(webhookSitePageUrl(target, page, size));
      if (!result.ok && result.error.kind === 'too-large') {
        overCap = true;
        oversized = size === 1 ? result.error : undefined;
        continue;
      }
      if (!result.ok) return stopped(result.error);
      const parsed = parseWebhookSitePage(result.json, target, page, size);
      if (parsed === undefined) return stopped(unexpectedShape(target));
      if (offset === 0 && options.pageSizes) options.pageSizes.newest = size;
      rows.push(...parsed.requests);
      total = parsed.total ?? total;
      atEnd = parsed.isLast;
      offset += size;
      fitted = true;
      break;
    }
    if (!fitted) {
      // Out of fetches before even one request was tried alone: the next load goes on here.
      if (oversized === undefined) break;
      if (offset === 0 && options.pageSizes) options.pageSizes.newest = 1;
      rows.push({ oversized });
      offset += 1;
    } else if (newest) break;
  }
  return finish();

  function stopped(error: BinError): BinPageResult {
    // What "Load more" loaded before the failure is kept; the next one meets the failure again.
    // A check of the newest page reports it, so the checks back off.
    const keep = rows.length > 0 && !newest && error.kind !== 'cancelled';
    return keep ? finish() : { ok: false, error };
  }

  function finish(): BinPageResult {
    const naming = { target, start, atEnd };
    const requests = rows.map((row, i) => (isOversized(row) ? standIn(row, rows, i, naming) : row));
    return {
      ok: true,
      requests,
      ...(atEnd ? {} : { nextCursor: String(offset) }),
      ...(total === undefined ? {} : { total }),
      ...(overCap ? { overCap } : {}),
    };
  }
}
