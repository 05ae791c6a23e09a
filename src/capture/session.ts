import { createEntryQueue, type EntryQueueOptions } from './entry-queue';
import type { NetworkSource } from './har';
import type { CaptureStore } from './store';

export type CaptureOptions = Omit<EntryQueueOptions, 'deliver'>;

/**
 * Starts watching: live requests from now on, then the backfill of those that finished before.
 * The live listener goes first so no request falls between the two; the store drops the ones
 * both report. Returns a function that stops capture.
 */
export function startCapture(
  source: NetworkSource,
  store: CaptureStore,
  options: CaptureOptions = {},
): () => void {
  const queue = createEntryQueue({ ...options, deliver: (entries) => store.add(entries) });
  const stopFinished = source.onRequestFinished((entry) => {
    if (!store.snapshot().paused) queue.push([entry]);
  });
  const stopNavigated = source.onNavigated(() => store.navigated());
  source.getHAR().then(
    (entries) => {
      if (!store.snapshot().paused) queue.push(entries);
    },
    // Without a backfill the live events still arrive; there is nothing to tell the user.
    () => undefined,
  );
  return () => {
    stopFinished();
    stopNavigated();
    queue.stop();
  };
}
