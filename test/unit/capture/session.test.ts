import { describe, expect, it } from 'vitest';
import {
  createCaptureStore,
  createManualNetworkSource,
  type NetworkEntry,
  startCapture,
} from '../../../src/capture';
import { retellEventText } from '../../support/retell-events';
import { analyzedText, eventually, harEntry, noAnswerText, voicemailText } from './har-fixtures';

function leadsOf(store: ReturnType<typeof createCaptureStore>) {
  return store.snapshot().calls.map((call) => call.result.call?.customer.name);
}

function capture(backfill: NetworkEntry[] = []) {
  const source = createManualNetworkSource(backfill);
  const store = createCaptureStore();
  const stop = startCapture(source, store);
  return { source, store, stop };
}

describe('capturing from a network source', () => {
  it('backfills what finished before the panel opened, then adds live requests', async () => {
    const { source, store } = capture([harEntry({ responseBody: analyzedText })]);
    await eventually(() => expect(leadsOf(store)).toEqual(['Ana Costa']));
    source.emit(harEntry({ method: 'POST', requestBody: voicemailText }));
    await eventually(() => expect(leadsOf(store)).toEqual(['Dana', 'Ana Costa']));
  });

  it('shows a request once when both the backfill and a live event report it', async () => {
    const started = '2025-06-12T08:00:00.000Z';
    const backfilled = harEntry({ started, responseBody: analyzedText });
    const { source, store } = capture([backfilled]);
    // The live event is a different object for the same request, as in the browser.
    source.emit(harEntry({ started, responseBody: analyzedText }));
    await eventually(() => expect(leadsOf(store)).toEqual(['Ana Costa']));
    source.emit(harEntry({ started, responseBody: analyzedText }));
    source.emit(harEntry({ responseBody: noAnswerText }));
    await eventually(() => expect(leadsOf(store)).toEqual(['Marta Silva', 'Ana Costa']));
  });

  it('ignores traffic while paused and picks up again on resume', async () => {
    const { source, store } = capture();
    store.setPaused(true);
    source.emit(harEntry({ responseBody: analyzedText }));
    store.setPaused(false);
    source.emit(harEntry({ responseBody: voicemailText }));
    await eventually(() => expect(leadsOf(store)).toEqual(['Dana']));
  });

  it('keeps calls across navigation unless preserve is off', async () => {
    const { source, store } = capture([harEntry({ responseBody: analyzedText })]);
    await eventually(() => expect(leadsOf(store)).toHaveLength(1));
    source.navigate('https://app.example.com/next');
    expect(leadsOf(store)).toEqual(['Ana Costa']);
    store.setPreserve(false);
    source.navigate('https://app.example.com/again');
    expect(leadsOf(store)).toEqual([]);
  });

  it('stops listening when stopped', async () => {
    const { source, store, stop } = capture();
    stop();
    source.emit(harEntry({ responseBody: analyzedText }));
    source.navigate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.snapshot().calls).toEqual([]);
  });

  it('still captures live traffic when the backfill fails', async () => {
    const source = createManualNetworkSource();
    source.getHAR = () => Promise.reject(new Error('HAR not available'));
    const store = createCaptureStore();
    startCapture(source, store);
    source.emit(harEntry({ responseBody: analyzedText }));
    await eventually(() => expect(leadsOf(store)).toEqual(['Ana Costa']));
  });
});

describe('keeping the panel responsive', () => {
  it('decodes a burst in several tasks, never all at once', async () => {
    const entries = Array.from({ length: 200 }, (_, i) =>
      harEntry({ responseBody: retellEventText('call_ended', `call_${i}`) }),
    );
    const source = createManualNetworkSource(entries);
    const store = createCaptureStore();
    let yields = 0;
    let deliveries = 0;
    store.subscribe(() => {
      deliveries += 1;
    });
    startCapture(source, store, {
      yieldToEventLoop: () => {
        yields += 1;
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    await eventually(() => expect(store.snapshot().calls).toHaveLength(200), 2000);
    // Batches of at most 10 entries, each after a turn of the event loop.
    expect(yields).toBeGreaterThanOrEqual(20);
    expect(deliveries).toBeGreaterThanOrEqual(20);
  });

  it('yields in the middle of a long list once its time budget is spent', async () => {
    const body = `[${Array.from({ length: 50 }, (_, i) => retellEventText('call_ended', `call_${i}`)).join(',')}]`;
    const source = createManualNetworkSource([harEntry({ responseBody: body })]);
    const store = createCaptureStore();
    let now = 0;
    let yields = 0;
    startCapture(source, store, {
      // Every look at the clock costs 1 ms, so a 4 ms budget runs out every few items.
      now: () => {
        now += 1;
        return now;
      },
      budgetMs: 4,
      yieldToEventLoop: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    await eventually(() => expect(store.snapshot().calls).toHaveLength(50));
    expect(yields).toBeGreaterThan(10);
  });
});
