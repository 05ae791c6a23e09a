// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BinTarget, loadBinPage } from '../../../src/bins';
import { requestLink } from '../../../src/bins/watch';
import { type Notice, noticeFor, runWatchChecks } from '../../../src/bins/watch-runner';
import { newWatch, WATCH_INTERVAL_MS, type WatchedBin } from '../../../src/bins/watched-bin';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { binTarget as target } from './bin-target';

let server: FakeBinServer;
beforeAll(async () => {
  server = await startFakeBinServer();
});
afterAll(async () => {
  await server.close();
});

/** storage.local as a variable, notifications as a list, and a clock the test sets. */
function background(watches: WatchedBin[]) {
  let stored = watches;
  const notices: Notice[] = [];
  let now = Date.now();
  const store = {
    load: async () => stored,
    save: async (next: WatchedBin[]) => {
      stored = next;
    },
    apiKey: async () => undefined,
  };
  const notify = async (notice: Notice) => {
    notices.push(notice);
  };
  return {
    notices,
    stored: () => stored,
    later: (ms: number) => {
      now += ms;
    },
    run: () => runWatchChecks(store, notify, { fetch: globalThis.fetch, now: () => now }),
  };
}

async function watchingNow(address: string) {
  const bin = target(address);
  const page = await loadBinPage(bin, { fetch: globalThis.fetch });
  const ids = page.ok ? page.requests.map((r) => r.id) : [];
  return background([newWatch(bin, ids, Date.now())]);
}

describe('a bin watched in the background', () => {
  it('counts a call that lands as unseen and raises one notification that opens it', async () => {
    const bg = await watchingNow(`${server.origin}/token/${server.publicToken}/requests`);
    await bg.run();
    expect(bg.notices).toEqual([]);

    const landed = server.append();
    await bg.run();
    expect(bg.notices).toEqual([]);
    bg.later(WATCH_INTERVAL_MS);
    await bg.run();
    const bin = bg.stored()[0]?.target as BinTarget;
    expect(bg.notices).toHaveLength(1);
    expect(bg.notices[0]?.link).toBe(requestLink(bin, landed.uuid));
    expect(target(bg.notices[0]?.link ?? '').requestId).toBe(landed.uuid);
    expect(bg.notices[0]?.message).toMatch(/^Synthflow.* · \S.* · [A-Z]\S* · \d+:\d\d$/);
    expect(bg.stored()[0]?.unseen).toBe(1);

    bg.later(WATCH_INTERVAL_MS);
    await bg.run();
    expect(bg.notices).toHaveLength(1);
  });

  it('announces a request too large to load as such, opening the bin', async () => {
    const bin = target(`${server.origin}/token/${server.heavyToken}/requests`);
    const standIn = {
      id: 'too-large-1-before-x',
      bodyText: '',
      tooLarge: { bytes: 11 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 },
    };
    expect(noticeFor(bin, standIn)).toEqual({
      link: bin.url,
      title: bin.label,
      message: 'Too large to load here (11 MB)',
    });
  });

  it('waits as long as a 429 asks before checking again', async () => {
    const bg = background([
      newWatch(
        target(server.faultUrl('429', `/token/${server.publicToken}/requests`)),
        [],
        Date.now() - WATCH_INTERVAL_MS,
      ),
    ]);
    const before = Date.now();
    await bg.run();
    const next = bg.stored()[0]?.nextCheckAtMs ?? 0;
    expect(next - before).toBeGreaterThanOrEqual(30_000);
    expect(bg.stored()[0]?.failures).toBe(1);
  });

  it('stops by itself when the bin has expired', async () => {
    const bg = background([
      newWatch(
        target(`${server.origin}/token/${server.missingToken}/requests`),
        [],
        Date.now() - WATCH_INTERVAL_MS,
      ),
    ]);
    await bg.run();
    expect(bg.stored()[0]?.stopped?.message).toMatch(/7 days/);
    const asked = server.received.length;
    bg.later(10 * WATCH_INTERVAL_MS);
    await bg.run();
    expect(server.received.length).toBe(asked);
  });
});
