/**
 * Background watches, browser side: the watched bins live in storage.local (they survive a
 * restart), one repeating alarm wakes the background script while any watch is on, the toolbar
 * badge counts unseen calls, and a notification per call when the user allowed them (an optional
 * permission, asked at the "Watch this bin" click).
 */
import type { BinTarget } from '../bins';
import { canWatch, newWatch, WATCH_INTERVAL_MS, type WatchedBin } from '../bins/watched-bin';
import { browser } from './extension';

export const WATCH_ALARM = 'hookline-watch';
const WATCHES_KEY = 'watchedBins';

function isWatchedBin(value: unknown): value is WatchedBin {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<WatchedBin>;
  return (
    typeof entry.target?.url === 'string' &&
    Array.isArray(entry.knownIds) &&
    typeof entry.unseen === 'number' &&
    typeof entry.nextCheckAtMs === 'number'
  );
}

export async function loadWatches(): Promise<WatchedBin[]> {
  const stored = (await browser.storage.local.get(WATCHES_KEY))[WATCHES_KEY];
  return Array.isArray(stored) ? stored.filter(isWatchedBin) : [];
}

/** Saves the list, keeps the alarm on only while a watch is active, and updates the badge. */
export async function saveWatches(watches: WatchedBin[]): Promise<void> {
  await browser.storage.local.set({ [WATCHES_KEY]: watches });
  const active = watches.some((watch) => watch.stopped === undefined);
  if (active) {
    const existing = await browser.alarms.get(WATCH_ALARM);
    if (existing === undefined) {
      browser.alarms.create(WATCH_ALARM, { periodInMinutes: WATCH_INTERVAL_MS / 60_000 });
    }
  } else {
    await browser.alarms.clear(WATCH_ALARM);
  }
  const unseen = watches.reduce((sum, watch) => sum + watch.unseen, 0);
  await browser.action.setBadgeText({ text: unseen > 0 ? String(unseen) : '' });
}

/**
 * Starts watching a bin, knowing the requests listed now. Asks for the notifications permission
 * first thing (browsers only prompt during the click) without waiting on the answer: the watch
 * runs either way, and calls raise notifications only once it is granted.
 */
export function startWatch(target: BinTarget, knownIds: readonly string[]): Promise<void> {
  void browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  return loadWatches().then((watches) =>
    saveWatches([
      ...watches.filter((watch) => watch.target.url !== target.url),
      newWatch({ ...target, requestId: undefined }, knownIds, Date.now()),
    ]),
  );
}

export async function stopWatch(url: string): Promise<void> {
  await saveWatches((await loadWatches()).filter((watch) => watch.target.url !== url));
}

/** The user is looking at this bin: its calls are no longer unseen. */
export async function markWatchSeen(url: string): Promise<void> {
  const watches = await loadWatches();
  if (!watches.some((watch) => watch.target.url === url && watch.unseen > 0)) return;
  await saveWatches(
    watches.map((watch) => (watch.target.url === url ? { ...watch, unseen: 0 } : watch)),
  );
}

/** Calls back whenever the list changes (here or in the background). Returns the unsubscribe. */
export function onWatchesChanged(listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WATCHES_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

export { canWatch };
