/**
 * One round of background checks: every due watched bin is read once, arrivals are counted as
 * unseen and announced. Storage and notifications are injected (src/browser/ fills them) so the
 * round is tested with fakes. Changes a page made meanwhile (a watch stopped, calls seen) win.
 */
import type { BinRequest, BinTarget } from './types';
import { checkWatchedBin, requestLink } from './watch';
import { callSummary } from './watch-summary';
import type { WatchedBin } from './watched-bin';

export interface WatchStore {
  load(): Promise<WatchedBin[]>;
  save(watches: WatchedBin[]): Promise<void>;
  /** A private webhook.site bin's API key, kept for the session. */
  apiKey(token: string): Promise<string | undefined>;
}

export interface Notice {
  /** Opens the viewer on this request when the notification is clicked. */
  link: string;
  title: string;
  message: string;
}

/** Shows a notification, or nothing when the user has not allowed them. */
export type Notify = (notice: Notice) => Promise<void>;

export function noticeFor(target: BinTarget, request: BinRequest): Notice {
  return {
    // A request too large to load has no id of its own to open: the bin opens on it instead.
    link: request.tooLarge ? target.url : requestLink(target, request.id),
    title: target.label,
    message: callSummary(request),
  };
}

export async function runWatchChecks(
  store: WatchStore,
  notify: Notify,
  deps: { fetch: typeof globalThis.fetch; now: () => number },
): Promise<void> {
  const checked = new Map<string, { watched: WatchedBin; arrived: number }>();
  for (const watch of await store.load()) {
    const { target } = watch;
    const apiKey =
      target.kind === 'webhook-site'
        ? await store.apiKey(target.token).catch(() => undefined)
        : undefined;
    const { watched, arrived } = await checkWatchedBin(watch, { ...deps, apiKey });
    checked.set(target.url, { watched, arrived: arrived.length });
    // Oldest first, so the newest call's notification is on top.
    for (const request of [...arrived].reverse()) await notify(noticeFor(target, request));
  }
  const current = await store.load();
  await store.save(
    current.map((watch) => {
      const result = checked.get(watch.target.url);
      if (result === undefined) return watch;
      return { ...result.watched, unseen: watch.unseen + result.arrived };
    }),
  );
}
