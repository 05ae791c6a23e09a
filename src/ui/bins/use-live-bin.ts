import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  type BinError,
  type BinRequest,
  type BinTarget,
  loadBinPage,
  loadWebhookSiteRequest,
  type PageSizeMemory,
} from '../../bins';
import { BinSession, type Clock, realClock, type SessionState } from '../../bins/bin-session';
import { type StreamState, watchSmeeChannel } from '../../bins/smee';
import type { BinDeps } from './deps';

/**
 * checking: asking the browser whether the origin is granted; needed / asking / denied: the
 * grant prompt; granted: reading; unknown: no permissions API here (Firefox DevTools panel), so
 * the bin is read and a blocked read is explained.
 */
export type AccessState = 'checking' | 'needed' | 'asking' | 'denied' | 'granted' | 'unknown';

function clockOf(deps: BinDeps): Clock {
  if (deps.clock) return deps.clock;
  return deps.now ? { ...realClock, now: deps.now } : realClock;
}

/** Tells the session when the page is hidden (slower checks) or the browser offline (none). */
function usePageSignals(session: BinSession<BinRequest>) {
  useEffect(() => {
    const visibility = () => session.setVisible(document.visibilityState !== 'hidden');
    const online = () => session.setOnline(navigator.onLine !== false);
    visibility();
    document.addEventListener('visibilitychange', visibility);
    window.addEventListener('online', online);
    window.addEventListener('offline', online);
    return () => {
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', online);
    };
  }, [session]);
}

/**
 * The selected request: the newest once the bin opens (or the one a pasted link names), and,
 * while following, each new arrival unless the user picked an older request since.
 */
function useSelection(
  session: BinSession<BinRequest>,
  state: SessionState<BinRequest>,
  follow: boolean,
  linkedId: string | undefined,
) {
  const [selectedId, setSelectedId] = useState<string>();
  const top = state.requests[0]?.id;
  const lastTop = useRef<string>(undefined);
  /** Set once the user picks a request that is not the newest: new arrivals stop taking over. */
  const pickedOlder = useRef(false);

  useEffect(() => {
    if (!state.loaded || top === undefined) return;
    const before = lastTop.current;
    lastTop.current = top;
    if (before === undefined) {
      // A row the user clicked before this effect ran stays selected.
      if (linkedId === undefined) setSelectedId((current) => current ?? top);
      // The first arrival on a channel with no history is new, and now open, so seen.
      session.markSeen([top]);
      return;
    }
    if (before !== top && follow && !pickedOlder.current) {
      setSelectedId(top);
      session.markSeen([top]);
    }
  }, [state.loaded, top, follow, linkedId, session]);

  const select = useCallback(
    (request: BinRequest) => {
      setSelectedId(request.id);
      pickedOlder.current = request.id !== session.current.requests[0]?.id;
      session.markSeen([request.id]);
    },
    [session],
  );
  const selected = state.requests.find((request) => request.id === selectedId);
  return { selected, select, setSelectedId };
}

/**
 * One bin, live, for a view: access to its site, the requests (kept across "Load more", new
 * arrivals on top by polling or, for smee.io, by its event stream), the selected one, Follow
 * newest. The target is fixed for the life of the hook (BinView keys a new one per bin), and
 * `deps` is read through a ref so a page that rebuilds it on every render causes no reload.
 */
export function useLiveBin(target: BinTarget, deps: BinDeps, followByDefault: boolean) {
  const [bin] = useState(target);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const apiKey = useRef<string>(undefined);

  const keyForBin = useCallback(async (): Promise<string | undefined> => {
    if (bin.kind !== 'webhook-site') return undefined;
    if (apiKey.current === undefined) {
      apiKey.current = await depsRef.current.apiKeys.get(bin.token).catch(() => undefined);
    }
    return apiKey.current;
  }, [bin]);

  const [session] = useState(() => {
    const pageSizes: PageSizeMemory = {};
    return new BinSession<BinRequest>({
      loadPage: async (cursor, signal) => {
        const { fetch, now } = depsRef.current;
        const apiKey = await keyForBin();
        return loadBinPage(bin, { fetch, now, cursor, signal, apiKey, pageSizes });
      },
      clock: clockOf(deps),
      live: bin.kind !== 'json-url' && bin.kind !== 'smee',
      replaces: bin.kind === 'json-url',
    });
  });
  const [state, setState] = useState(session.current);
  const [access, setAccess] = useState<AccessState>(
    deps.access.canRequest ? 'checking' : 'unknown',
  );
  const [stream, setStream] = useState<StreamState>();
  const [follow, setFollow] = useState(followByDefault);
  const [linkedError, setLinkedError] = useState<BinError>();
  const selection = useSelection(session, state, follow, bin.requestId);

  useEffect(() => {
    const unsubscribe = session.subscribe(setState);
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [session]);
  usePageSignals(session);

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

  const reading = access === 'granted' || access === 'unknown';
  useEffect(() => {
    if (reading) session.start();
  }, [reading, session]);

  useEffect(() => {
    const open = depsRef.current.openEventSource;
    if (!reading || bin.kind !== 'smee' || open === undefined) return;
    return watchSmeeChannel(bin, open, {
      onRequests: (requests) => session.add(requests, { fresh: true }),
      onState: setStream,
      now: clockOf(depsRef.current).now,
    });
  }, [reading, bin, session]);

  // The request a pasted link points at, fetched on its own when it is not on the first page.
  const linkedHandled = useRef(false);
  useEffect(() => {
    const id = bin.requestId;
    if (!state.loaded || linkedHandled.current || id === undefined) return;
    linkedHandled.current = true;
    selection.setSelectedId(id);
    if (state.requests.some((request) => request.id === id) || bin.kind !== 'webhook-site') return;
    const controller = new AbortController();
    void (async () => {
      const { fetch, now } = depsRef.current;
      const result = await loadWebhookSiteRequest(bin, id, {
        fetch,
        now,
        signal: controller.signal,
        apiKey: await keyForBin(),
      });
      if (result.ok) session.add([result.request], { fresh: false });
      else if (result.error.kind !== 'cancelled') setLinkedError(result.error);
    })();
  }, [state.loaded]);

  const { failure } = state;
  return {
    bin,
    access,
    state,
    stream,
    follow,
    setFollow,
    linkedError,
    selected: selection.selected,
    select: selection.select,
    refresh: () => session.refresh(),
    loadMore: () => session.loadMore(),
    markAllSeen: () => session.markSeen(),
    retry: () => (failure?.during === 'more' ? session.loadMore() : session.refresh()),

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
      if (failure?.during === 'more') session.loadMore();
      else session.refresh();
    },
  };
}

export type LiveBin = ReturnType<typeof useLiveBin>;
