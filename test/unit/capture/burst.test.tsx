import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCaptureStore,
  createManualNetworkSource,
  type NetworkEntry,
  startCapture,
} from '../../../src/capture';
import { CapturePanel } from '../../../src/ui/capture/CapturePanel';
import { type RetellEvent, retellEventText } from '../../support/retell-events';
import { eventually, harEntry } from './har-fixtures';

afterEach(cleanup);

const events: RetellEvent[] = ['call_started', 'call_ended', 'call_analyzed'];

/**
 * 200 responses of realistic call payloads, as a dashboard polling its API would produce: 200
 * different calls (the same body twice is one delivery, listed once), each a full Retell event.
 */
function burst(): NetworkEntry[] {
  return Array.from({ length: 200 }, (_, i) =>
    harEntry({ responseBody: retellEventText(events[i % 3] as RetellEvent, `call_${i}`) }),
  );
}

/**
 * Runs `work` while a chain of zero-delay timers ticks beside it and counts the ticks: each one
 * is a moment the page could have handled a click or a keystroke. Counting, not timing, keeps the
 * test independent of the machine; `npm run bench` prints the times.
 */
async function countTicks(work: () => Promise<void>): Promise<number> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    ticks++;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return ticks;
}

/** 200 entries are read in batches of 10, so the page gets control back at least this often. */
const MIN_TICKS = 200 / 10;

describe('a burst of 200 call responses', () => {
  it('is decoded in small batches that leave the page responsive (capture pipeline)', async () => {
    const source = createManualNetworkSource(burst());
    const store = createCaptureStore();
    const ticks = await countTicks(async () => {
      startCapture(source, store);
      await eventually(() => expect(store.snapshot().calls).toHaveLength(200), 5000);
    });
    expect(ticks).toBeGreaterThanOrEqual(MIN_TICKS);
  });

  it('fills the panel in small batches that leave the page responsive (pipeline and list)', async () => {
    const source = createManualNetworkSource(burst());
    const ticks = await countTicks(async () => {
      render(<CapturePanel source={source} />);
      await eventually(
        () => expect(screen.getAllByTestId('capture-row')).toHaveLength(200),
        25_000,
      );
    });
    expect(ticks).toBeGreaterThanOrEqual(MIN_TICKS);
  }, 30_000);
});
