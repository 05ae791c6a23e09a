import { useEffect, useState } from 'preact/hooks';
import type { RecentBinEntry } from './deps';
import { GrantedOrigins } from './GrantedOrigins';
import { RecentBins } from './RecentBins';
import { WatchedBins, type WatchList } from './WatchedBins';

/** Where the shelves' lists live; the page builds this from src/browser/. */
export interface ShelfStore {
  recent(): Promise<RecentBinEntry[]>;
  forget(url: string): Promise<RecentBinEntry[]>;
  granted(): Promise<string[]>;
  revoke(origin: string): Promise<unknown>;
  /** Calls back when access changes anywhere; returns the unsubscribe. */
  watchGranted(onChange: () => void): () => void;
  /** Bins watched in the background, where the page has them. */
  watches?: WatchList;
}

/** Below the empty paste box: the bins used lately and the sites Hookline may read. */
export function BinShelves({
  store,
  onOpen,
}: {
  store: ShelfStore;
  onOpen: (url: string) => void;
}) {
  const [recent, setRecent] = useState<RecentBinEntry[]>([]);
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => {
    const refreshGranted = () => void store.granted().then(setGranted);
    void store.recent().then(setRecent);
    refreshGranted();
    return store.watchGranted(refreshGranted);
  }, [store]);
  return (
    <div class="bin-shelves">
      {store.watches && <WatchedBins watches={store.watches} onOpen={onOpen} />}
      <RecentBins
        list={recent}
        onOpen={onOpen}
        onRemove={(url) => void store.forget(url).then(setRecent)}
      />
      <GrantedOrigins
        list={granted}
        onRevoke={(origin) =>
          void store.revoke(origin).then(() => store.granted().then(setGranted))
        }
      />
    </div>
  );
}
