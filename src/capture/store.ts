import { bodyFingerprint } from '../model/group-calls';
import type { Observation } from '../model/observation';
import type { BodyInspection } from './inspect-entry';

/** Calls kept at most; the oldest go first, and a note says how many went. */
export const CAPTURE_LIMIT = 500;
/**
 * Keys remembered for dedup: request bodies (the backfill and the live events that race it
 * report one request twice) and deliveries (a dashboard fetching its list again, a reload with
 * Preserve on). The newest few thousand are enough, and memory stays flat on long sessions.
 */
const SEEN_LIMIT = 5000;

export interface CaptureSnapshot {
  /** Newest first; each delivery once (group them with groupCalls for the list). */
  calls: readonly Observation[];
  paused: boolean;
  /** Keep the list when the inspected page navigates (on by default). */
  preserve: boolean;
  /** Calls dropped to stay within CAPTURE_LIMIT since the last clear. */
  droppedOldest: number;
  /** Bodies that held JSON but no call payload. */
  jsonWithoutCall: number;
  /** Bodies over the size limit, skipped without being parsed. */
  largeSkipped: number;
}

export interface CaptureStore {
  snapshot(): CaptureSnapshot;
  /** Calls `listener` after every change; returns a function to stop. */
  subscribe(listener: () => void): () => void;
  /**
   * Adds the bodies of a batch of entries, in the order they arrived. A body seen before, or a
   * payload already listed (the same webhook.site request, or the same body), is not added again.
   */
  add(entries: readonly (readonly BodyInspection[])[]): void;
  setPaused(paused: boolean): void;
  setPreserve(preserve: boolean): void;
  clear(): void;
  /** The inspected page navigated: clears the list unless preserve is on. */
  navigated(): void;
}

const EMPTY = { calls: [], droppedOldest: 0, jsonWithoutCall: 0, largeSkipped: 0 } as const;

export function createCaptureStore(limit = CAPTURE_LIMIT): CaptureStore {
  let state: CaptureSnapshot = { ...EMPTY, paused: false, preserve: true };
  const listeners = new Set<() => void>();
  const seen = new Set<string>();
  /** Deliveries in the list now: a cleared list takes them again when the page fetches anew. */
  const listed = new Set<string>();

  const update = (change: Partial<CaptureSnapshot>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };

  /** True the first time a key comes by, remembering the newest SEEN_LIMIT keys. */
  const firstSight = (keys: Set<string>, key: string): boolean => {
    if (keys.has(key)) return false;
    keys.add(key);
    if (keys.size > SEEN_LIMIT) {
      const oldest = keys.values().next().value;
      if (oldest !== undefined) keys.delete(oldest);
    }
    return true;
  };

  const empty = () => {
    listed.clear();
    update(EMPTY);
  };

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(entries) {
      const fresh: Observation[] = [];
      let jsonWithoutCall = 0;
      let largeSkipped = 0;
      // Later entries first, each entry's calls in body order; the stable sort below keeps that
      // order among calls that started in the same millisecond.
      for (const bodies of [...entries].reverse()) {
        for (const body of bodies) {
          if (!firstSight(seen, body.key)) continue;
          if (body.kind === 'calls')
            fresh.push(...body.calls.filter((call) => firstSight(listed, deliveryKey(call))));
          else if (body.kind === 'large') largeSkipped += 1;
          else jsonWithoutCall += 1;
        }
      }
      if (fresh.length === 0 && jsonWithoutCall === 0 && largeSkipped === 0) return;
      const all = [...fresh, ...state.calls].sort(
        (a, b) => (b.receivedAtMs ?? 0) - (a.receivedAtMs ?? 0),
      );
      const dropped = Math.max(0, all.length - limit);
      update({
        calls: dropped > 0 ? all.slice(0, limit) : all,
        droppedOldest: state.droppedOldest + dropped,
        jsonWithoutCall: state.jsonWithoutCall + jsonWithoutCall,
        largeSkipped: state.largeSkipped + largeSkipped,
      });
    },
    setPaused: (paused) => update({ paused }),
    setPreserve: (preserve) => update({ preserve }),
    // The seen keys stay: a request still in flight when the list was cleared must not come back.
    clear: empty,
    navigated() {
      if (!state.preserve) empty();
    },
  };
}

/**
 * One delivery of a payload: the bin's own request id when the payload came in a webhook.site
 * record (a retry is a new record), else the body itself.
 */
function deliveryKey(call: Observation): string {
  return call.deliveryId === undefined
    ? `body ${bodyFingerprint(call.rawBody)}`
    : `delivery ${call.deliveryId}`;
}
