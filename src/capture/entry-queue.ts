import type { NetworkEntry } from './har';
import { type BodyInspection, inspectBodies, READ_TIMEOUT_MS, readBodies } from './inspect-entry';

export interface EntryQueueOptions {
  /** Receives each batch's results, one array of bodies per entry, in arrival order. */
  deliver(entries: BodyInspection[][]): void;
  /** Entries whose bodies are fetched from DevTools together. */
  batchSize?: number;
  /** Decoding stops for a turn of the event loop once a task has run this long. */
  budgetMs?: number;
  /** Gives the event loop a turn (input, paint) before the queue goes on. */
  yieldToEventLoop?: () => Promise<void>;
  now?: () => number;
  readTimeoutMs?: number;
}

export interface EntryQueue {
  push(entries: readonly NetworkEntry[]): void;
  stop(): void;
}

const BATCH_SIZE = 10;
const BUDGET_MS = 8;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Inspects entries off the hot path: bodies are read a batch at a time, and decoding yields to
 * the event loop whenever it has used its time budget, so a burst of traffic never freezes the
 * panel. Results arrive in batches, so the list re-renders once per batch, not once per entry.
 */
export function createEntryQueue(options: EntryQueueOptions): EntryQueue {
  const {
    deliver,
    batchSize = BATCH_SIZE,
    budgetMs = BUDGET_MS,
    yieldToEventLoop = nextTask,
    now = () => performance.now(),
    readTimeoutMs = READ_TIMEOUT_MS,
  } = options;
  const pending: NetworkEntry[] = [];
  let running = false;
  let stopped = false;

  async function inspectBatch(batch: NetworkEntry[]): Promise<void> {
    // One entry that breaks (a hostile or malformed HAR entry) must not take its batch with it.
    const read = await Promise.all(
      batch.map(async (entry) => {
        try {
          return await readBodies(entry, readTimeoutMs);
        } catch {
          return [];
        }
      }),
    );
    if (stopped) return;
    let done: BodyInspection[][] = [];
    let taskStart = now();
    for (const [i, entry] of batch.entries()) {
      const work = inspectBodies(entry, read[i] ?? []);
      try {
        let step = work.next();
        while (!step.done) {
          if (now() - taskStart > budgetMs) {
            if (done.length > 0) deliver(done);
            done = [];
            await yieldToEventLoop();
            if (stopped) return;
            taskStart = now();
          }
          step = work.next();
        }
        done.push(step.value);
      } catch {
        done.push([]);
      }
    }
    if (done.length > 0) deliver(done);
  }

  async function drain(): Promise<void> {
    try {
      while (pending.length > 0 && !stopped) {
        await yieldToEventLoop();
        if (stopped) break;
        await inspectBatch(pending.splice(0, batchSize));
      }
    } finally {
      running = false;
    }
  }

  return {
    push(entries) {
      if (stopped || entries.length === 0) return;
      // A loop, not push(...entries): a long page's backfill can exceed the argument limit.
      for (const entry of entries) pending.push(entry);
      if (running) return;
      running = true;
      void drain();
    },
    stop() {
      stopped = true;
      pending.length = 0;
    },
  };
}
