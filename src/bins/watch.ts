/**
 * Watching bins in the background: which bins, what was already seen, how many calls arrived
 * unseen, and when each is checked next. Plain data (kept in storage.local by the browser
 * layer) and one pure step, `checkWatchedBin`, so the background script stays thin and tests
 * drive it with a fake fetch and clock. The same limits as an open view: every 30 s at most,
 * Retry-After honoured, doubling back-off on failures, stopped for good on 404 or refusal.
 */
import { backOffMs, FINAL } from './bin-session';
import { loadBinPage } from './load-page';
import type { BinRequest, BinTarget } from './types';
import { KNOWN_IDS_KEPT, WATCH_INTERVAL_MS, type WatchedBin } from './watched-bin';

/** Alarms may wake the background a little early; a check that close to its time is due. */
const EARLY_MS = 2_000;

export interface CheckDeps {
  fetch: typeof globalThis.fetch;
  now: () => number;
  apiKey?: string;
}

/** Checks one watched bin if it is due; returns it updated and the requests that arrived. */
export async function checkWatchedBin(
  watched: WatchedBin,
  deps: CheckDeps,
): Promise<{ watched: WatchedBin; arrived: BinRequest[] }> {
  const now = deps.now();
  if (watched.stopped !== undefined || now < watched.nextCheckAtMs - EARLY_MS) {
    return { watched, arrived: [] };
  }
  const page = await loadBinPage(watched.target, {
    fetch: deps.fetch,
    now: deps.now,
    apiKey: deps.apiKey,
  });
  if (!page.ok) {
    const { error } = page;
    if (FINAL.has(error.kind)) {
      return {
        watched: { ...watched, stopped: { message: error.message, atMs: now } },
        arrived: [],
      };
    }
    const failures = watched.failures + 1;
    const nextCheckAtMs = now + backOffMs(error, failures, WATCH_INTERVAL_MS);
    return { watched: { ...watched, failures, nextCheckAtMs }, arrived: [] };
  }
  const known = new Set(watched.knownIds);
  const arrived = page.requests.filter((request) => !known.has(request.id));
  return {
    watched: {
      ...watched,
      knownIds: [...arrived.map((r) => r.id), ...watched.knownIds].slice(0, KNOWN_IDS_KEPT),
      unseen: watched.unseen + arrived.length,
      failures: 0,
      nextCheckAtMs: now + WATCH_INTERVAL_MS,
    },
    arrived,
  };
}

/** The address that opens a bin on one of its requests (recognising it gives that request). */
export function requestLink(target: BinTarget, requestId: string): string {
  return target.kind === 'webhook-site'
    ? `${target.apiBase}/token/${target.token}/request/${encodeURIComponent(requestId)}`
    : target.url;
}
