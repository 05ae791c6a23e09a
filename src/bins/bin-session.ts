import { type Listed, mergeBinRequests } from './merge';
import { MAX_BACKOFF_MS, POLL_HIDDEN_MS, POLL_VISIBLE_MS } from './poll-limits';
import type { BinError } from './types';

/**
 * One open bin, live: the requests loaded so far (every "Load more" page kept), new arrivals
 * found by polling the newest page, and what the poller is doing. Framework-free so the popup,
 * the viewer, the DevTools panel and the background watch share it, and so tests drive its
 * clock by hand.
 */

export type PageResult<T> =
  | { ok: true; requests: T[]; nextCursor?: string; total?: number; overCap?: boolean }
  | { ok: false; error: BinError };

export type LoadPage<T> = (
  cursor: string | undefined,
  signal: AbortSignal,
) => Promise<PageResult<T>>;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type PollState =
  /** Not polling yet (before start, or no access). */
  | 'off'
  | 'live'
  /** Waiting out a 429's Retry-After or a failure's back-off. */
  | 'backing-off'
  /** The browser is offline: waiting for it to come back. */
  | 'offline'
  /** Stopped for good: the bin is gone or private (see failure). */
  | 'stopped';

export interface SessionState<T> {
  /** Newest first. */
  requests: readonly T[];
  /** Ids that arrived by polling or refresh after the first load, until marked seen. */
  fresh: ReadonlySet<string>;
  nextCursor?: string;
  total?: number;
  /** A load the user asked for and is waiting on. */
  loading?: 'first' | 'more';
  /** False until the first page has arrived. */
  loaded: boolean;
  poll: PollState;
  /** When the next check runs (epoch ms), while polling or backing off. */
  nextCheckAtMs?: number;
  failure?: { error: BinError; during: 'first' | 'more' | 'check'; atMs: number };
}

export interface BinSessionOptions<T> {
  loadPage: LoadPage<T>;
  clock?: Clock;
  /** Off for sources that cannot list history (a single JSON document that is not a bin). */
  live?: boolean;
  /**
   * The source is one document, not a log of requests: each load replaces the rows, so a
   * Refresh after the document changed shows the new one instead of merging both.
   */
  replaces?: boolean;
}

/** Errors after which checking again cannot help until the user acts. */
export const FINAL: ReadonlySet<BinError['kind']> = new Set([
  'not-found',
  'private',
  'refused-url',
  'redirected-elsewhere',
  'too-many-redirects',
]);

/**
 * How long to wait after the `failures`-th failure in a row: a 429's Retry-After when it gave
 * one, else doubling from the interval up to MAX_BACKOFF_MS; never less than the interval.
 * The background watch waits the same way.
 */
export function backOffMs(error: BinError, failures: number, intervalMs: number): number {
  const retryAfterMs =
    error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined
      ? error.retryAfterSeconds * 1000
      : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** failures);
  return Math.max(retryAfterMs, intervalMs);
}

export class BinSession<T extends Listed> {
  private state: SessionState<T> = { requests: [], fresh: new Set(), loaded: false, poll: 'off' };
  private readonly listeners = new Set<(state: SessionState<T>) => void>();
  private readonly clock: Clock;
  private timer: unknown;
  private inFlight: AbortController | undefined;
  private visible = true;
  private online = true;
  private failures = 0;
  /** The newest page held more than the size cap at the last check: checking it is costly. */
  private overCap = false;
  private disposed = false;
  /** The user waits on the newest page (first load or Refresh) / on an older page. */
  private waitingFirst = false;
  private waitingMore = false;

  constructor(private readonly options: BinSessionOptions<T>) {
    this.clock = options.clock ?? realClock;
  }

  get current(): SessionState<T> {
    return this.state;
  }

  subscribe(listener: (state: SessionState<T>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the newest page, then keeps checking it. */
  start(): void {
    void this.loadFirst('first');
  }

  /** Checks for new requests now. Merges: rows loaded so far (all pages) stay. */
  refresh(): void {
    void this.loadFirst('first');
  }

  loadMore(): void {
    const cursor = this.state.nextCursor;
    if (cursor === undefined || this.state.loading === 'more') return;
    void this.run('more', cursor);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (this.state.poll === 'live') this.schedule(this.interval());
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (!online && this.state.poll !== 'stopped' && this.state.poll !== 'off') {
      this.clearTimer();
      this.update({ poll: 'offline', nextCheckAtMs: undefined });
    } else if (online && this.state.poll === 'offline') {
      void this.loadFirst('check');
    }
  }

  /**
   * Requests that arrived another way (a live stream, a linked request fetched on its own):
   * merged like a page, marked new when `fresh`.
   */
  add(requests: readonly T[], options: { fresh: boolean }): void {
    const known = new Set(this.state.requests.map((r) => r.id));
    const fresh = new Set(this.state.fresh);
    if (options.fresh) for (const r of requests) if (!known.has(r.id)) fresh.add(r.id);
    const merged = mergeBinRequests(this.state.requests, requests);
    this.update({ requests: merged, fresh });
  }

  /** The user has seen these new rows (or all of them). */
  markSeen(ids?: readonly string[]): void {
    if (this.state.fresh.size === 0) return;
    const fresh = new Set(this.state.fresh);
    for (const id of ids ?? [...fresh]) fresh.delete(id);
    this.update({ fresh });
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.inFlight?.abort();
    this.listeners.clear();
  }

  private loading(): SessionState<T>['loading'] {
    return this.waitingMore ? 'more' : this.waitingFirst ? 'first' : undefined;
  }

  private interval(): number {
    return this.visible && !this.overCap ? POLL_VISIBLE_MS : POLL_HIDDEN_MS;
  }

  /** The newest page: the first load, a Refresh, or a timed check. One at a time. */
  private async loadFirst(reason: 'first' | 'check'): Promise<void> {
    if (this.inFlight !== undefined) {
      // A check is running: a Refresh rides on it instead of sending a second request.
      if (reason === 'first') {
        this.waitingFirst = true;
        this.update({ loading: this.loading() });
      }
      return;
    }
    await this.run(reason, undefined);
  }

  private async run(step: 'first' | 'more' | 'check', cursor: string | undefined): Promise<void> {
    if (this.disposed) return;
    this.clearTimer();
    const controller = new AbortController();
    if (step === 'more') this.waitingMore = true;
    else this.inFlight = controller;
    if (step === 'first') this.waitingFirst = true;
    this.update({ loading: this.loading() });
    const result = await this.options.loadPage(cursor, controller.signal);
    if (step === 'more') this.waitingMore = false;
    else {
      this.inFlight = undefined;
      this.waitingFirst = false;
    }
    if (this.disposed) return;
    const loading = this.loading();
    if (!result.ok) {
      if (result.error.kind === 'cancelled') return;
      this.failed(step, result.error, loading);
      return;
    }
    this.failures = 0;
    if (step !== 'more') this.overCap = result.overCap === true;
    this.update({ ...this.merged(step, result), loading, failure: undefined, loaded: true });
    this.keepChecking();
  }

  private merged(step: 'first' | 'more' | 'check', page: Extract<PageResult<T>, { ok: true }>) {
    const before = this.state;
    if (this.options.replaces) {
      return { requests: page.requests, fresh: new Set<string>(), nextCursor: page.nextCursor };
    }
    const requests = mergeBinRequests(before.requests, page.requests);
    if (step === 'more') {
      return { requests, nextCursor: page.nextCursor, total: page.total ?? before.total };
    }
    const known = new Set(before.requests.map((r) => r.id));
    const fresh = new Set(before.fresh);
    if (before.loaded) for (const r of page.requests) if (!known.has(r.id)) fresh.add(r.id);
    // The cursor of the oldest page loaded still holds once newer pages were merged in front.
    const nextCursor = before.loaded ? before.nextCursor : page.nextCursor;
    return { requests, fresh, nextCursor, total: page.total ?? before.total };
  }

  private failed(
    step: 'first' | 'more' | 'check',
    error: BinError,
    loading: SessionState<T>['loading'],
  ) {
    const failure = { error, during: step, atMs: this.clock.now() };
    if (step === 'more') {
      this.update({ failure, loading });
      return;
    }
    if (FINAL.has(error.kind) || this.options.live === false) {
      this.clearTimer();
      this.update({ failure, loading, poll: 'stopped', nextCheckAtMs: undefined });
      return;
    }
    // A body cut off by the browser going offline waits for it like a failed connect.
    if ((error.kind === 'offline' || error.kind === 'cut-off') && !this.online) {
      this.update({ failure, loading, poll: 'offline', nextCheckAtMs: undefined });
      return;
    }
    this.failures += 1;
    this.update({ failure, loading, poll: 'backing-off' });
    this.schedule(backOffMs(error, this.failures, this.interval()));
  }

  private keepChecking(): void {
    if (this.options.live === false) {
      this.update({ poll: 'off', nextCheckAtMs: undefined });
      return;
    }
    if (!this.online) {
      this.update({ poll: 'offline', nextCheckAtMs: undefined });
      return;
    }
    this.update({ poll: 'live' });
    this.schedule(this.interval());
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.update({ nextCheckAtMs: this.clock.now() + ms });
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.loadFirst('check');
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(patch: Partial<SessionState<T>>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
