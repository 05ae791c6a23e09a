import { useId } from 'preact/hooks';
import { bins } from '../../strings';
import type { RecentBinEntry } from './deps';

/** How many bins are remembered (src/browser/bin-storage.ts keeps the same number). */
export const RECENT_BINS_SHOWN = 10;

interface Props {
  /** Newest first. */
  list: readonly RecentBinEntry[];
  onOpen: (url: string) => void;
  onRemove: (url: string) => void;
}

/** The last bins opened: one click reopens one, each can be removed. Nothing when there are none. */
export function RecentBins({ list, onOpen, onRemove }: Props) {
  const headingId = useId();
  if (list.length === 0) return null;
  return (
    <section class="bin-shelf" aria-labelledby={headingId} data-testid="recent-bins">
      <h2 id={headingId} class="bin-shelf__title">
        {bins.recent.heading}
      </h2>
      <ul class="bin-shelf__list">
        {list.slice(0, RECENT_BINS_SHOWN).map((bin) => (
          <li key={bin.url} class="bin-shelf__item" data-testid="recent-bin">
            <button
              type="button"
              class="bin-shelf__open"
              title={bin.url}
              onClick={() => onOpen(bin.url)}
            >
              {bin.label}
            </button>
            <button
              type="button"
              class="button button--small"
              aria-label={bins.recent.removeLabel(bin.label)}
              onClick={() => onRemove(bin.url)}
            >
              {bins.recent.remove}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
