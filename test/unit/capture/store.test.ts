import { describe, expect, it } from 'vitest';
import { createCaptureStore } from '../../../src/capture';
import { type BodyInspection, inspectBodies, readBodies } from '../../../src/capture/inspect-entry';
import { decodeCallText } from '../../../src/model/decode-call';
import { groupCalls } from '../../../src/model/group-calls';
import type { Observation } from '../../../src/model/observation';
import { retellEventText } from '../../support/retell-events';
import { analyzedText, harEntry, webhookSitePage } from './har-fixtures';

const analyzed = decodeCallText(analyzedText);

/** A call whose body is its id, so no two test calls are the same delivery. */
function call(id: string, startedMs: number): Observation {
  return {
    id,
    source: 'capture',
    receivedAtMs: startedMs,
    request: { method: 'POST', url: 'https://app.example.com/hook', headers: {} },
    direction: 'request',
    rawBody: `{"call":"${id}"}`,
    result: analyzed,
  };
}

/** One entry whose request body held one call. */
function entryWith(id: string, startedMs: number): BodyInspection[] {
  return [{ key: id, kind: 'calls', calls: [call(id, startedMs)] }];
}

const ids = (store: ReturnType<typeof createCaptureStore>) =>
  store.snapshot().calls.map((c) => c.id);

describe('the capture store', () => {
  it('lists the newest call first, whatever order batches arrive in', () => {
    const store = createCaptureStore();
    store.add([entryWith('b', 2000), entryWith('c', 3000)]);
    store.add([entryWith('a', 1000)]);
    store.add([entryWith('d', 4000)]);
    expect(ids(store)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('shows later arrivals first among calls started in the same millisecond', () => {
    const store = createCaptureStore();
    store.add([entryWith('first', 1000), entryWith('second', 1000)]);
    expect(ids(store)).toEqual(['second', 'first']);
  });

  it('ignores a body it has already seen (the backfill and the live event of one request)', () => {
    const store = createCaptureStore();
    store.add([entryWith('same', 1000)]);
    store.add([entryWith('same', 1000)]);
    store.add([[{ key: 'same', kind: 'json-without-call' }]]);
    expect(ids(store)).toEqual(['same']);
    expect(store.snapshot().jsonWithoutCall).toBe(0);
  });

  it('keeps at most 500 calls, dropping the oldest and counting them', () => {
    const store = createCaptureStore();
    const entries = Array.from({ length: 510 }, (_, i) => entryWith(`call-${i}`, i));
    store.add(entries.slice(0, 300));
    store.add(entries.slice(300));
    const { calls, droppedOldest } = store.snapshot();
    expect(calls).toHaveLength(500);
    expect(droppedOldest).toBe(10);
    expect(calls[0]?.id).toBe('call-509');
    expect(calls.at(-1)?.id).toBe('call-10');
  });

  it('counts JSON bodies without calls and bodies too large to inspect', () => {
    const store = createCaptureStore();
    store.add([
      [
        { key: 'a request', kind: 'json-without-call' },
        { key: 'a response', kind: 'large' },
      ],
      [{ key: 'b response', kind: 'large' }],
    ]);
    expect(store.snapshot()).toMatchObject({ jsonWithoutCall: 1, largeSkipped: 2 });
  });

  it('clears the list and its counts, and a request seen before does not come back', () => {
    const store = createCaptureStore();
    store.add([entryWith('old', 1000), [{ key: 'x', kind: 'large' }]]);
    store.clear();
    expect(store.snapshot()).toMatchObject({ calls: [], largeSkipped: 0, droppedOldest: 0 });
    store.add([entryWith('old', 1000), entryWith('new', 2000)]);
    expect(ids(store)).toEqual(['new']);
  });

  it('keeps the list across navigation by default, and clears it when preserve is off', () => {
    const store = createCaptureStore();
    store.add([entryWith('a', 1000)]);
    store.navigated();
    expect(ids(store)).toEqual(['a']);
    store.setPreserve(false);
    store.navigated();
    expect(ids(store)).toEqual([]);
    expect(store.snapshot().preserve).toBe(false);
  });

  it('tells subscribers about every change until they stop listening', () => {
    const store = createCaptureStore();
    let changes = 0;
    const stop = store.subscribe(() => {
      changes += 1;
    });
    store.setPaused(true);
    store.add([entryWith('a', 1000)]);
    stop();
    store.clear();
    expect(changes).toBe(2);
    expect(store.snapshot().paused).toBe(true);
  });

  it('adds a call seen again in another request only once (the same body posted twice)', () => {
    const store = createCaptureStore();
    const again = { ...call('first', 1000), id: 'again' };
    store.add([entryWith('first', 1000)]);
    store.add([[{ key: 'again', kind: 'calls', calls: [again] }]]);
    expect(ids(store)).toEqual(['first']);
  });
});

/** Inspects one HAR entry to completion, as the capture queue does. */
async function inspected(entry: ReturnType<typeof harEntry>): Promise<BodyInspection[]> {
  const work = inspectBodies(entry, await readBodies(entry));
  for (let step = work.next(); ; step = work.next()) if (step.done) return step.value;
}

describe('one call, one row, over the capture store', () => {
  const dashboard = (bodies: string[], uuids: string[]) =>
    harEntry({
      url: 'https://webhook.site/token/abc/requests?sorting=newest',
      responseBody: webhookSitePage(bodies, uuids),
    });
  const ended = retellEventText('call_ended', 'call_A');
  const analyzedA = retellEventText('call_analyzed', 'call_A');
  const other = retellEventText('call_ended', 'call_B', 'Marta Silva');

  it('lists each call once when a webhook.site dashboard fetches the same list twice', async () => {
    const store = createCaptureStore();
    store.add([await inspected(dashboard([analyzedA, ended, other], ['u3', 'u2', 'u1']))]);
    store.add([await inspected(dashboard([analyzedA, ended, other], ['u3', 'u2', 'u1']))]);
    expect(store.snapshot().calls).toHaveLength(3);
    const groups = groupCalls(store.snapshot().calls);
    expect(groups.map((group) => group.key)).toEqual(['retell:call_A', 'retell:call_B']);
    expect(groups[0]?.events).toHaveLength(2);
    expect(groups[0]?.deliveries).toBe(1);
  });

  it('adds nothing again when the page reloads with Preserve on and fetches its list anew', async () => {
    const store = createCaptureStore();
    store.add([await inspected(dashboard([ended], ['u2']))]);
    store.navigated();
    store.add([await inspected(dashboard([analyzedA, ended], ['u3', 'u2']))]);
    expect(groupCalls(store.snapshot().calls).map((g) => g.events.length)).toEqual([2]);
    expect(store.snapshot().calls).toHaveLength(2);
  });

  it('lists a call again after the list was cleared and the page fetched it anew', async () => {
    const store = createCaptureStore();
    store.setPreserve(false);
    store.add([await inspected(dashboard([ended], ['u2']))]);
    store.navigated();
    store.add([await inspected(dashboard([ended], ['u2']))]);
    expect(store.snapshot().calls).toHaveLength(1);
    store.clear();
    store.add([await inspected(dashboard([ended], ['u2']))]);
    expect(store.snapshot().calls).toHaveLength(1);
  });

  it('shows a retried delivery (two bin requests, one body) as delivered twice', async () => {
    const store = createCaptureStore();
    store.add([await inspected(dashboard([ended, ended], ['retry', 'first']))]);
    const groups = groupCalls(store.snapshot().calls);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.deliveries).toBe(2);
  });
});
