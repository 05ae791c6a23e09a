/**
 * A bin watched in the background, as kept in storage.local: plain data and the few rules pages
 * need to start a watch. Apart from the checking itself (watch.ts), so a page that only starts
 * or lists watches does not load the bin readers and decoders.
 */
import { POLL_HIDDEN_MS } from './poll-limits';
import type { BinTarget } from './types';

/** A background check runs at most this often (Chrome's shortest alarm period is 30 s). */
export const WATCH_INTERVAL_MS = POLL_HIDDEN_MS;
/** Ids remembered per bin: more than a page, so a busy bin's older ids are not seen as new. */
export const KNOWN_IDS_KEPT = 200;

export interface WatchedBin {
  target: BinTarget;
  /** Ids already listed, newest first; only requests not among them are new. */
  knownIds: string[];
  /** Requests that arrived since the user last looked at this bin. */
  unseen: number;
  nextCheckAtMs: number;
  /** Failed checks in a row, for the back-off. */
  failures: number;
  /** Set when checking stopped for good (the bin expired, became private, was refused). */
  stopped?: { message: string; atMs: number };
}

export function newWatch(target: BinTarget, knownIds: readonly string[], now: number): WatchedBin {
  return {
    target,
    knownIds: knownIds.slice(0, KNOWN_IDS_KEPT),
    unseen: 0,
    nextCheckAtMs: now + WATCH_INTERVAL_MS,
    failures: 0,
  };
}

/** Smee channels are live only while a page listens; a plain JSON address has no arrivals. */
export function canWatch(target: BinTarget): boolean {
  return target.kind === 'webhook-site' || target.kind === 'svix-play';
}
