import { describe, expect, it } from 'vitest';
import { BinSession, type PageResult } from '../../../src/bins/bin-session';
import { POLL_HIDDEN_MS, POLL_VISIBLE_MS } from '../../../src/bins/poll-limits';
import type { BinError } from '../../../src/bins/types';
import { flush, manualClock } from './manual-clock';

interface Row {
  id: string;
  receivedAtMs: number;
}

/** A fake bin: `rows` newest first, pages of `size`; answers can be scripted per call. */
function fakeBin(count: number, size = 50) {
  let rows: Row[] = Array.from({ length: count }, (_, i) => ({
    id: `r${count - i}`,
    receivedAtMs: 1000 * (count - i),
  }));
  const calls: Array<string | undefined> = [];
  const scripted: Array<PageResult<Row>> = [];
  return {
    calls,
    add(n: number) {
      const top = rows.length;
      const added = Array.from({ length: n }, (_, i) => ({
        id: `r${top + n - i}`,
        receivedAtMs: 1000 * (top + n - i),
      }));
      rows = [...added, ...rows];
    },
    failNext(error: BinError) {
      scripted.push({ ok: false, error });
    },
    loadPage: async (cursor: string | undefined): Promise<PageResult<Row>> => {
      calls.push(cursor);
      const next = scripted.shift();
      if (next !== undefined) return next;
      const page = Number(cursor ?? '1');
      const slice = rows.slice((page - 1) * size, page * size);
      return {
        ok: true,
        requests: slice,
        total: rows.length,
        ...(page * size < rows.length ? { nextCursor: String(page + 1) } : {}),
      };
    },
  };
}

async function started(count: number, size = 50) {
  const bin = fakeBin(count, size);
  const time = manualClock();
  const session = new BinSession<Row>({ loadPage: bin.loadPage, clock: time.clock });
  session.start();
  await flush();
  return { bin, time, session };
}

describe('a live bin', () => {
  it('checks the newest page every 3 s while visible and every 30 s when hidden', async () => {
    const { bin, time, session } = await started(3);
    expect(session.current.poll).toBe('live');
    expect(time.pending()).toEqual([POLL_VISIBLE_MS]);
    await time.advance(POLL_VISIBLE_MS);
    expect(bin.calls).toEqual([undefined, undefined]);
    session.setVisible(false);
    expect(time.pending()).toEqual([POLL_HIDDEN_MS]);
  });

  it('puts new requests on top, marked new, and keeps the rows loaded with Load more', async () => {
    const { bin, time, session } = await started(120);
    session.loadMore();
    await flush();
    expect(session.current.requests).toHaveLength(100);
    bin.add(2);
    await time.advance(POLL_VISIBLE_MS);
    const { requests, fresh, nextCursor } = session.current;
    expect(requests).toHaveLength(102);
    expect(requests.slice(0, 2).map((r) => r.id)).toEqual(['r122', 'r121']);
    expect([...fresh]).toEqual(['r122', 'r121']);
    expect(nextCursor).toBe('3');
  });

  it('Refresh merges instead of replacing', async () => {
    const { bin, session } = await started(120);
    session.loadMore();
    await flush();
    bin.add(1);
    session.refresh();
    await flush();
    expect(session.current.requests).toHaveLength(101);
  });

  it('a Refresh during a check sends no second request and lists no row twice', async () => {
    const bin = fakeBin(3);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const time = manualClock();
    const slow = async (cursor: string | undefined) => {
      await gate;
      return bin.loadPage(cursor);
    };
    const session = new BinSession<Row>({ loadPage: slow, clock: time.clock });
    session.start();
    session.refresh();
    expect(session.current.loading).toBe('first');
    release();
    await flush();
    expect(bin.calls).toHaveLength(1);
    expect(session.current.requests.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(session.current.loading).toBeUndefined();
  });

  it('backs off for the seconds a 429 asks for, then checks again', async () => {
    const { bin, time, session } = await started(1);
    bin.failNext({ kind: 'rate-limited', message: 'slow down', retryAfterSeconds: 45 });
    await time.advance(POLL_VISIBLE_MS);
    expect(session.current.poll).toBe('backing-off');
    expect(time.pending()).toEqual([45_000]);
    await time.advance(45_000);
    expect(session.current.poll).toBe('live');
    expect(session.current.failure).toBeUndefined();
  });

  it('backs off longer after each failure without Retry-After', async () => {
    const { bin, time } = await started(1);
    bin.failNext({ kind: 'server-error', message: '500', status: 500 });
    bin.failNext({ kind: 'server-error', message: '500', status: 500 });
    await time.advance(POLL_VISIBLE_MS);
    const first = time.pending()[0] ?? 0;
    await time.advance(first);
    expect(time.pending()[0]).toBeGreaterThan(first);
  });

  it('stops on 404 with the failure to show, and checks no more', async () => {
    const { bin, time, session } = await started(1);
    bin.failNext({ kind: 'not-found', message: 'gone', status: 404 });
    await time.advance(POLL_VISIBLE_MS);
    expect(session.current.poll).toBe('stopped');
    expect(session.current.failure?.error.kind).toBe('not-found');
    expect(time.pending()).toEqual([]);
  });

  it('pauses while offline and checks at once when back online', async () => {
    const { bin, time, session } = await started(1);
    session.setOnline(false);
    expect(session.current.poll).toBe('offline');
    expect(time.pending()).toEqual([]);
    bin.add(1);
    session.setOnline(true);
    await flush();
    expect(session.current.requests).toHaveLength(2);
    expect(session.current.poll).toBe('live');
  });

  it('waits to be online again when going offline cut a check off mid-answer', async () => {
    const { bin, time, session } = await started(1);
    bin.failNext({ kind: 'cut-off', message: 'cut', receivedBytes: 100 });
    const check = time.advance(POLL_VISIBLE_MS);
    session.setOnline(false);
    await check;
    expect(session.current.poll).toBe('offline');
    expect(time.pending()).toEqual([]);
  });

  it('checks every 30 s while the newest page is over the size cap, then every 3 s again', async () => {
    const time = manualClock();
    const overCap = [true, false];
    const session = new BinSession<Row>({
      loadPage: async () => ({ ok: true, requests: [], overCap: overCap.shift() }),
      clock: time.clock,
    });
    session.start();
    await flush();
    expect(time.pending()).toEqual([POLL_HIDDEN_MS]);
    await time.advance(POLL_HIDDEN_MS);
    expect(time.pending()).toEqual([POLL_VISIBLE_MS]);
  });

  it('forgets the new mark once seen', async () => {
    const { bin, time, session } = await started(1);
    bin.add(2);
    await time.advance(POLL_VISIBLE_MS);
    session.markSeen(['r3']);
    expect([...session.current.fresh]).toEqual(['r2']);
    session.markSeen();
    expect(session.current.fresh.size).toBe(0);
  });

  it('does not poll a source that has no history to check', async () => {
    const bin = fakeBin(1);
    const time = manualClock();
    const session = new BinSession<Row>({ loadPage: bin.loadPage, clock: time.clock, live: false });
    session.start();
    await flush();
    expect(session.current.poll).toBe('off');
    expect(time.pending()).toEqual([]);
  });

  it('stops every timer when disposed', async () => {
    const { time, session } = await started(1);
    session.dispose();
    expect(time.pending()).toEqual([]);
  });
});
