export { AddressPane } from './AddressPane';
export { type BinSupport, binWorkbenchProps } from './address-support';
export { BinShelves, type ShelfStore } from './BinShelves';
export { BinView, type BinViewProps } from './BinView';
export type { AccessControl, ApiKeyStore, BinDeps, RecentBinEntry, WatchControl } from './deps';
export { GrantedOrigins } from './GrantedOrigins';
export { RECENT_BINS_SHOWN, RecentBins } from './RecentBins';
export type { WatchedEntry, WatchList } from './WatchedBins';
