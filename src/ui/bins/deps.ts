import type { BinTarget } from '../../bins';
import type { Clock } from '../../bins/bin-session';
import type { OpenEventSource } from '../../bins/smee';

/**
 * What the bin components need from the page that shows them. Components never touch the browser
 * API: the page builds these from src/browser/ (permissions.ts, bin-storage.ts) and passes them in.
 */

/** Host permission for one origin at a time. */
export interface AccessControl {
  /** Whether the origin may be read. Only asked where `canRequest` is true. */
  has(origin: string): Promise<boolean>;
  /**
   * Shows the browser's prompt for this origin only. BinView calls it first thing in the click
   * handler, with no await before it: browsers only prompt during the user's gesture.
   */
  request(origin: string): Promise<boolean>;
  /**
   * False where the permissions API is missing (Firefox DevTools panels). There BinView cannot
   * know whether access was granted, so it reads the bin and, when the read is blocked, points
   * to the popup via `openGrantPage`.
   */
  canRequest: boolean;
  /** Opens a Hookline page that can ask for access (the popup or a viewer tab). */
  openGrantPage(): void;
}

/** webhook.site API keys, by bin token. Never logged; the page keeps them in session storage. */
export interface ApiKeyStore {
  get(token: string): Promise<string | undefined>;
  set(token: string, key: string): Promise<void>;
}

/** Watching bins in the background (src/browser/watch.ts); absent where there is none. */
export interface WatchControl {
  /** The urls of the bins watched now. */
  watched(): Promise<string[]>;
  /** Must be called straight from the click: it asks for the notifications permission. */
  start(target: BinTarget, knownIds: readonly string[]): Promise<void>;
  stop(url: string): Promise<void>;
  /** The user is looking at this bin: its calls are no longer unseen. */
  seen(url: string): Promise<void>;
  /** Calls back when the list changes anywhere; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export interface BinDeps {
  /** The page's fetch (called unbound, see src/bins/fetch-capped.ts). */
  fetch: typeof globalThis.fetch;
  access: AccessControl;
  apiKeys: ApiKeyStore;
  /** Clock for "retry after" times; defaults to Date.now. */
  now?: () => number;
  /** Timers and time for live checks (tests move it by hand); defaults to the real one. */
  clock?: Clock;
  /** Opens a server-sent event stream (the page's EventSource), for smee.io channels. */
  openEventSource?: OpenEventSource;
  watch?: WatchControl;
}

/** One remembered bin, as RecentBins lists it. */
export interface RecentBinEntry {
  /** The bin's canonical address: recognising it again gives the same bin. */
  url: string;
  label: string;
}
