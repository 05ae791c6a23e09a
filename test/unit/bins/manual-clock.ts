import type { Clock } from '../../../src/bins/bin-session';

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
export function manualClock() {
  let now = 1_000_000;
  let timers: Array<{ at: number; run: () => void; handle: number }> = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const handle = next++;
      timers.push({ at: now + ms, run, handle });
      return handle;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((t) => t.handle !== handle);
    },
  };
  return {
    clock,
    pending: () => timers.map((t) => t.at - now),
    async advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        timers = timers.filter((t) => t !== due);
        due.run();
        await flush();
      }
    },
  };
}

export const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};
