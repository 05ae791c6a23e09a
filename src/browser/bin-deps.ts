import type { BinDeps, BinSupport, ShelfStore, WatchControl, WatchList } from '../ui/bins';
import { apiKeyStore, forgetBin, recentBins, rememberBin } from './bin-storage';
import { browser } from './extension';
import { openPageInTab } from './pages';
import {
  canRequestPermissions,
  grantedOrigins,
  hasOrigin,
  requestOrigin,
  revokeOrigin,
  watchGrantedOrigins,
} from './permissions';
import { loadWatches, markWatchSeen, onWatchesChanged, startWatch, stopWatch } from './watch';

/**
 * What the bin view needs from the browser, for any Hookline page. Where the page cannot ask for
 * access (Firefox DevTools panels), "grant" opens a viewer tab on the same bin, which can.
 */
export function binDeps(address: string): BinDeps {
  return {
    fetch: globalThis.fetch,
    access: {
      has: hasOrigin,
      request: requestOrigin,
      canRequest: canRequestPermissions(),
      openGrantPage: () => void openPageInTab('viewer', `bin=${encodeURIComponent(address)}`),
    },
    apiKeys: apiKeyStore,
    openEventSource: (url) => new EventSource(url),
    watch: watchControl,
  };
}

/** Background watches, where this page can start them (not in a Firefox DevTools panel). */
const watchControl: WatchControl | undefined =
  browser.alarms === undefined
    ? undefined
    : {
        watched: () => loadWatches().then((list) => list.map((watch) => watch.target.url)),
        start: startWatch,
        stop: stopWatch,
        seen: markWatchSeen,
        onChange: onWatchesChanged,
      };

const watchList: WatchList | undefined = watchControl && {
  list: () =>
    loadWatches().then((list) =>
      list.map((watch) => ({
        url: watch.target.url,
        label: watch.target.label,
        unseen: watch.unseen,
        stopped: watch.stopped?.message,
      })),
    ),
  stop: stopWatch,
  onChange: onWatchesChanged,
};

/** The remembered bins and granted sites, for the shelves under an empty paste box. */
const shelfStore: ShelfStore = {
  recent: recentBins,
  forget: forgetBin,
  granted: grantedOrigins,
  revoke: revokeOrigin,
  watchGranted: watchGrantedOrigins,
  watches: watchList,
};

/**
 * Everything a page's Workbench needs to open bins. The panel leaves out the shelves and does
 * not follow new calls by default; the popup shows one request at a time (`compact`).
 */
export function binSupport(options: {
  shelves: boolean;
  followNewest: boolean;
  compact?: boolean;
}): BinSupport {
  return {
    depsFor: binDeps,
    onOpened: (target) => void rememberBin(target),
    shelves: options.shelves ? shelfStore : undefined,
    followNewest: options.followNewest,
    compact: options.compact,
  };
}
