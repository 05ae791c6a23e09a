import { useEffect, useId, useState } from 'preact/hooks';
import { bins } from '../../strings';

/** One watched bin, as the list shows it. */
export interface WatchedEntry {
  url: string;
  label: string;
  unseen: number;
  /** Why checking stopped for good, when it did. */
  stopped?: string;
}

/** The watched bins, from src/browser/watch.ts. */
export interface WatchList {
  list(): Promise<WatchedEntry[]>;
  stop(url: string): Promise<void>;
  onChange(listener: () => void): () => void;
}

/** Below the empty paste box: the bins watched in the background, each openable and stoppable. */
export function WatchedBins({
  watches,
  onOpen,
}: {
  watches: WatchList;
  onOpen: (url: string) => void;
}) {
  const headingId = useId();
  const [list, setList] = useState<WatchedEntry[]>([]);
  useEffect(() => {
    const refresh = () => void watches.list().then(setList);
    refresh();
    return watches.onChange(refresh);
  }, [watches]);
  if (list.length === 0) return null;
  return (
    <section class="bin-shelf" aria-labelledby={headingId} data-testid="watched-bins">
      <h2 id={headingId} class="bin-shelf__title">
        {bins.watched.heading}
      </h2>
      <ul class="bin-shelf__list">
        {list.map((entry) => (
          <li key={entry.url} class="bin-shelf__item" data-testid="watched-bin">
            <button
              type="button"
              class="bin-shelf__open"
              title={entry.url}
              onClick={() => onOpen(entry.url)}
            >
              {entry.label}
            </button>
            {entry.unseen > 0 && <span class="bin-new">{bins.watched.unseen(entry.unseen)}</span>}
            {entry.stopped && <span class="note">{bins.watched.stopped(entry.stopped)}</span>}
            <button
              type="button"
              class="button button--small"
              aria-label={bins.watched.stopLabel(entry.label)}
              onClick={() => void watches.stop(entry.url)}
            >
              {bins.watched.stop}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
