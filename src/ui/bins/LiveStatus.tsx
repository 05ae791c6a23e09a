import { POLL_VISIBLE_MS } from '../../bins/poll-limits';
import { bins } from '../../strings';
import type { LiveBin } from './use-live-bin';

const clockTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** What keeps the list current, in a few words: checking, paused (and until when), stopped. */
function statusText({ bin, state, stream }: LiveBin): string | undefined {
  if (bin.kind === 'smee') {
    if (stream === undefined) return undefined;
    return stream === 'live'
      ? bins.view.live.listening
      : stream === 'connecting'
        ? bins.view.live.connecting
        : bins.view.live.reconnecting;
  }
  switch (state.poll) {
    case 'live':
      return bins.view.live.live(POLL_VISIBLE_MS / 1000);
    case 'backing-off':
      return state.nextCheckAtMs === undefined
        ? undefined
        : bins.view.live.backingOff(clockTime.format(state.nextCheckAtMs));
    case 'offline':
      return bins.view.live.offline;
    case 'stopped':
      return bins.view.live.stopped;
    case 'off':
      return undefined;
  }
}

export function LiveStatus({ live }: { live: LiveBin }) {
  const text = statusText(live);
  if (text === undefined) return null;
  return (
    <span
      class={`bin-live bin-live--${live.bin.kind === 'smee' ? live.stream : live.state.poll}`}
      data-testid="bin-live"
    >
      {text}
    </span>
  );
}
