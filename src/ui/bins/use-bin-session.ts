import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  type BinError,
  type BinRequest,
  type BinTarget,
  loadBinPage,
  loadWebhookSiteRequest,
  mergeBinRequests,
} from '../../bins';
import type { BinDeps } from './deps';

/**
 * checking: asking the browser whether the origin is granted; needed / asking / denied: the
 * grant prompt; granted: reading; unknown: no permissions API here (Firefox DevTools panel), so
 * the bin is read and a blocked read is explained.
 */
export type AccessState = 'checking' | 'needed' | 'asking' | 'denied' | 'granted' | 'unknown';

export interface Listing {
  /** Newest first. */
  requests: BinRequest[];
  nextCursor?: string;
  total?: number;
}

type Step = 'first' | 'more';

export interface Failure {
  error: BinError;
  /** Which load failed, so Retry repeats that one. */
  during: Step;
  /** When it failed, for "ask again after …". */
  atMs: number;
}

function clockOf(deps: BinDeps): () => number {
  return deps.now ?? Date.now;
}

/**
 * One bin's state: access, the requests loaded so far, the selected one, the last failure.
 * The target is fixed for the life of the session (BinView keys a new session per bin), and
 * `deps` is read through a ref so a page that rebuilds it on every render causes no reload.
 */
export function useBinSession(target: BinTarget, deps: BinDeps) {
  const [bin] = useState(target);
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const [access, setAccess] = useState<AccessState>(
    deps.access.canRequest ? 'checking' : 'unknown',
  );
  const [listing, setListing] = useState<Listing>();
  const [busy, setBusy] = useState<Step>();
  const [failure, setFailure] = useState<Failure>();
  const [selected, setSelected] = useState<BinRequest>();
  const [linkedError, setLinkedError] = useState<BinError>();
  const apiKey = useRef<string>(undefined);
  const current = useRef<AbortController>(undefined);
  const linkedHandled = useRef(false);

  const keyForBin = useCallback(async (): Promise<string | undefined> => {
    if (bin.kind !== 'webhook-site') return undefined;
    if (apiKey.current === undefined) {
      apiKey.current = await depsRef.current.apiKeys.get(bin.token).catch(() => undefined);
    }
    return apiKey.current;
  }, [bin]);

  /** Selects the request a pasted link pointed at, fetching it when it is not on the first page. */
  const openLinked = useCallback(
    async (requests: readonly BinRequest[], signal: AbortSignal) => {
      const id = bin.requestId;
      if (linkedHandled.current || id === undefined) return;
      linkedHandled.current = true;
      const shown = requests.find((request) => request.id === id);
      if (shown !== undefined || bin.kind !== 'webhook-site') {
        setSelected(shown);
        return;
      }
      const { fetch, now } = depsRef.current;
      const result = await loadWebhookSiteRequest(bin, id, {
        fetch,
        now,
        signal,
        apiKey: await keyForBin(),
      });
      if (!result.ok) {
        if (result.error.kind !== 'cancelled') setLinkedError(result.error);
        return;
      }
      setListing(
        (before) =>
          before && { ...before, requests: mergeBinRequests(before.requests, [result.request]) },
      );
      setSelected((chosen) => chosen ?? result.request);
    },
    [bin, keyForBin],
  );

  const load = useCallback(
    async (step: Step, cursor?: string) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setBusy(step);
      setFailure(undefined);
      const { fetch, now } = depsRef.current;
      const result = await loadBinPage(bin, {
        fetch,
        now,
        cursor,
        signal: controller.signal,
        apiKey: await keyForBin(),
      });
      if (current.current !== controller) return;
      setBusy(undefined);
      if (!result.ok) {
        if (result.error.kind !== 'cancelled') {
          setFailure({ error: result.error, during: step, atMs: clockOf(depsRef.current)() });
        }
        return;
      }
      const { requests, nextCursor, total } = result;
      setListing((before) =>
        step === 'more' && before
          ? {
              requests: mergeBinRequests(before.requests, requests),
              nextCursor,
              total: total ?? before.total,
            }
          : { requests, nextCursor, total },
      );
      await openLinked(requests, controller.signal);
    },
    [bin, keyForBin, openLinked],
  );

  useEffect(() => () => current.current?.abort(), []);

  useEffect(() => {
    if (access !== 'checking') return;
    let live = true;
    depsRef.current.access.has(bin.origin).then(
      (granted) => live && setAccess(granted ? 'granted' : 'needed'),
      () => live && setAccess('needed'),
    );
    return () => {
      live = false;
    };
  }, [access, bin]);

  useEffect(() => {
    if (access === 'granted' || access === 'unknown') void load('first');
  }, [access, load]);

  const refresh = () => void load('first');
  const loadMore = () => {
    if (listing?.nextCursor !== undefined) void load('more', listing.nextCursor);
  };

  return {
    bin,
    access,
    listing,
    busy,
    failure,
    selected,
    linkedError,
    select: setSelected,
    refresh,
    loadMore,
    retry: () => (failure?.during === 'more' ? loadMore() : refresh()),

    /** For the Grant button's click handler: the prompt is asked for before anything else. */
    grant: () => {
      const answer = depsRef.current.access.request(bin.origin);
      setAccess('asking');
      answer.then(
        (granted) => setAccess(granted ? 'granted' : 'denied'),
        () => setAccess('denied'),
      );
    },

    openGrantPage: () => depsRef.current.access.openGrantPage(),

    /** Uses the key at once and keeps it for the session; it is never put back on screen. */
    saveApiKey: (key: string) => {
      const trimmed = key.trim();
      if (bin.kind !== 'webhook-site' || trimmed === '') return;
      apiKey.current = trimmed;
      void depsRef.current.apiKeys.set(bin.token, trimmed).catch(() => undefined);
      if (failure?.during === 'more') loadMore();
      else refresh();
    },
  };
}

export type BinSession = ReturnType<typeof useBinSession>;
