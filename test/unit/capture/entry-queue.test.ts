import { expect, it } from 'vitest';
import type { NetworkEntry } from '../../../src/capture';
import { createEntryQueue } from '../../../src/capture/entry-queue';
import type { BodyInspection } from '../../../src/capture/inspect-entry';
import { analyzedText, busyText, harEntry } from './har-fixtures';

it('keeps the healthy entries of a batch when one entry breaks while being read', async () => {
  const delivered: BodyInspection[][] = [];
  const broken = {
    ...harEntry(),
    get response(): NetworkEntry['response'] {
      throw new RangeError('a hostile entry');
    },
  } as NetworkEntry;
  const queue = createEntryQueue({
    deliver: (batch) => delivered.push(...batch),
    yieldToEventLoop: () => Promise.resolve(),
  });
  queue.push([
    harEntry({ responseBody: analyzedText }),
    broken,
    harEntry({ responseBody: busyText }),
  ]);
  await expect.poll(() => delivered.length).toBe(3);
  const calls = delivered.flat().flatMap((body) => (body.kind === 'calls' ? body.calls : []));
  expect(calls.map((call) => call.result.call?.customer.name)).toEqual([
    'Ana Costa',
    'Joao Pereira',
  ]);
});
