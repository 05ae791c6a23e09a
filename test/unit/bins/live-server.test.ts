// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BinRequest, loadBinPage } from '../../../src/bins';
import { BinSession } from '../../../src/bins/bin-session';
import { POLL_VISIBLE_MS } from '../../../src/bins/poll-limits';
import { type StreamState, watchSmeeChannel } from '../../../src/bins/smee';
import type { SmeeTarget } from '../../../src/bins/types';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { nodeEventSource } from '../../support/node-event-source';
import { binTarget as target } from './bin-target';
import { manualClock } from './manual-clock';

let server: FakeBinServer;
beforeAll(async () => {
  server = await startFakeBinServer();
});
afterAll(async () => {
  await server.close();
});

/** A session on the fake server over the network, its timers on a clock the test moves. */
function sessionOn(address: string) {
  const bin = target(address);
  const time = manualClock();
  const session = new BinSession<BinRequest>({
    loadPage: (cursor, signal) => loadBinPage(bin, { fetch: globalThis.fetch, cursor, signal }),
    clock: time.clock,
  });
  session.start();
  return { session, time };
}

describe('a live bin on the fake server', () => {
  it('lists requests appended over time on top, keeping the pages loaded with Load more', async () => {
    const { session, time } = sessionOn(`${server.origin}/token/${server.publicToken}/requests`);
    await vi.waitFor(() => expect(session.current.requests).toHaveLength(50));
    session.loadMore();
    await vi.waitFor(() => expect(session.current.requests).toHaveLength(100));

    const stop = server.appendEvery(20);
    await vi.waitFor(() => expect(server.publicRecords.length).toBeGreaterThanOrEqual(122));
    stop();
    const added = server.publicRecords.slice(120).map((record) => record.uuid);
    await time.advance(POLL_VISIBLE_MS);
    await vi.waitFor(() => expect(session.current.requests).toHaveLength(100 + added.length));
    const { requests, fresh, nextCursor } = session.current;
    expect(requests.slice(0, added.length).map((r) => r.id)).toEqual([...added].reverse());
    expect([...fresh].sort()).toEqual([...added].sort());
    expect(nextCursor).toBe('100');
    expect(new Set(requests.map((r) => r.id)).size).toBe(requests.length);
    session.dispose();
  });

  it('backs off for the seconds a 429 gives, and until the date a 429 gives', async () => {
    const seconds = sessionOn(server.faultUrl('429', `/token/${server.publicToken}/requests`));
    await vi.waitFor(() => expect(seconds.session.current.poll).toBe('backing-off'));
    expect(seconds.time.pending()).toEqual([30_000]);
    seconds.session.dispose();

    // The fake's date is two minutes ahead; a whole second may pass on the way.
    const date = sessionOn(server.faultUrl('429-date', `/token/${server.publicToken}/requests`));
    await vi.waitFor(() => expect(date.session.current.poll).toBe('backing-off'));
    const [wait = 0] = date.time.pending();
    expect(wait).toBeGreaterThanOrEqual(119_000);
    expect(wait).toBeLessThanOrEqual(120_000);
    date.session.dispose();
  });

  it('stops checking a bin that is gone', async () => {
    const { session, time } = sessionOn(`${server.origin}/token/${server.missingToken}/requests`);
    await vi.waitFor(() => expect(session.current.poll).toBe('stopped'));
    expect(session.current.failure?.error.kind).toBe('not-found');
    expect(time.pending()).toEqual([]);
  });
});

describe('a smee-style channel on the fake server', () => {
  it('hands over each request POSTed while open, with its headers and query', async () => {
    const channel = 'hookline-test-1';
    const url = server.smeeUrl(channel);
    const bin: SmeeTarget = { kind: 'smee', channel, origin: server.origin, url, label: channel };
    const arrived: BinRequest[] = [];
    const states: StreamState[] = [];
    const stop = watchSmeeChannel(bin, nodeEventSource, {
      onRequests: (requests) => arrived.push(...requests),
      onState: (state) => states.push(state),
    });
    await vi.waitFor(() => expect(states.at(-1)).toBe('live'));
    expect(server.smeeListeners(channel)).toBe(1);

    await fetch(`${url}?attempt=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-retell-signature': 'v=1,d=ab' },
      body: '{"event": "call_ended", "call": {"call_id": "c1"}}',
    });
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    const [request] = arrived;
    // smee re-serialises the body: the same JSON, not the same bytes.
    expect(JSON.parse(request?.bodyText ?? '')).toEqual({
      event: 'call_ended',
      call: { call_id: 'c1' },
    });
    expect(request?.query).toEqual({ attempt: '2' });
    expect(request?.contentType).toBe('application/json');
    expect(request?.headers?.['x-retell-signature']).toBe('v=1,d=ab');
    stop();
    await vi.waitFor(() => expect(server.smeeListeners(channel)).toBe(0));
  });
});
