import { describe, expect, it } from 'vitest';
import { type CapturedCall, createCaptureStore } from '../../../src/capture';
import type { BodyInspection } from '../../../src/capture/inspect-entry';
import { decodeCallText } from '../../../src/model/decode-call';
import { seedText } from './har-fixtures';

const seed = decodeCallText(seedText);

function call(id: string, startedMs: number): CapturedCall {
  return {
    id,
    startedMs,
    method: 'POST',
    url: 'https://app.example.com/hook',
    path: '/hook',
    source: 'request',
    result: seed,
    text: seedText,
    searchText: '',
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
});
