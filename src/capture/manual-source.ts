import type { NetworkEntry, NetworkSource } from './har';

/** A NetworkSource fed by hand: for the panel page outside DevTools, and for tests. */
export interface ManualNetworkSource extends NetworkSource {
  /** Reports a finished request, as onRequestFinished would. */
  emit(entry: NetworkEntry): void;
  /** Reports a navigation of the inspected page. */
  navigate(url?: string): void;
}

/** `backfill` is what getHAR() resolves with. */
export function createManualNetworkSource(backfill: NetworkEntry[] = []): ManualNetworkSource {
  const finished = new Set<(entry: NetworkEntry) => void>();
  const navigated = new Set<(url: string) => void>();
  return {
    onRequestFinished(listener) {
      finished.add(listener);
      return () => finished.delete(listener);
    },
    getHAR: () => Promise.resolve([...backfill]),
    onNavigated(listener) {
      navigated.add(listener);
      return () => navigated.delete(listener);
    },
    emit(entry) {
      for (const listener of finished) listener(entry);
    },
    navigate(url = '') {
      for (const listener of navigated) listener(url);
    },
  };
}
