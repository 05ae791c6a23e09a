import { useEffect, useState } from 'preact/hooks';
import { canWatch } from '../../bins/watched-bin';
import { bins } from '../../strings';
import type { WatchControl } from './deps';
import type { LiveBin } from './use-live-bin';

/** "Watch in the background" / "Stop watching" for a bin that can be watched. */
export function WatchButton({ live, watch }: { live: LiveBin; watch: WatchControl }) {
  const { bin, state } = live;
  const [watching, setWatching] = useState(false);
  // While the bin is shown nothing in it is unseen, also a call the background counted just now
  // (seen() writes only when there is something to clear, so this settles).
  useEffect(() => {
    const refresh = () =>
      void watch.watched().then((urls) => {
        const on = urls.includes(bin.url);
        setWatching(on);
        if (on) void watch.seen(bin.url);
      });
    refresh();
    return watch.onChange(refresh);
  }, [watch, bin.url]);
  if (!canWatch(bin) || !state.loaded) return null;
  return (
    <button
      type="button"
      class="button button--small"
      aria-pressed={watching}
      title={bins.view.watchHint}
      data-testid="bin-watch"
      onClick={() => {
        const done = watching
          ? watch.stop(bin.url)
          : watch.start(
              bin,
              state.requests.map((request) => request.id),
            );
        setWatching(!watching);
        void done.catch(() => setWatching(watching));
      }}
    >
      {watching ? bins.view.unwatch : bins.view.watch}
    </button>
  );
}
