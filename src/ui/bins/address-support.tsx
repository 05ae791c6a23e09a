import { looksLikeAddress } from '../../bins/recognise-url';
import type { BinTarget } from '../../bins/types';
import { lazyComponent, loader } from '../common/lazy';
import type { WorkbenchProps } from '../workbench/Workbench';
import type { ShelfStore } from './BinShelves';
import type { BinDeps } from './deps';

/** The bin views are fetched when a bin URL is pasted or the shelves are shown, not before. */
const loadBinParts = loader(() => import('./bin-parts'));
const AddressPane = lazyComponent(loadBinParts, (parts) => parts.AddressPane);
const BinShelves = lazyComponent(loadBinParts, (parts) => parts.BinShelves);

export interface BinSupport {
  /** Dependencies for the bin at this address (access, fetch, API keys). */
  depsFor: (address: string) => BinDeps;
  /** Called once per bin read successfully, so the page can remember it. */
  onOpened: (target: BinTarget) => void;
  /** Recent bins and granted sites, shown under the empty paste box; none in the panel. */
  shelves?: ShelfStore;
  /** Open each new call as it arrives, by default (popup and viewer). */
  followNewest?: boolean;
  /** The popup: one request at a time in place of the list, with "Back to list". */
  compact?: boolean;
}

/**
 * The Workbench props that let it open a pasted bin URL (and, with shelves, reopen recent bins):
 * the same wiring for the popup, the viewer and the panel.
 */
export function binWorkbenchProps({
  depsFor,
  onOpened,
  shelves,
  followNewest,
  compact,
}: BinSupport): Pick<WorkbenchProps, 'address' | 'renderEmpty'> {
  return {
    address: {
      isAddress: looksLikeAddress,
      render: (address) => (
        <AddressPane
          address={address}
          deps={depsFor(address)}
          onOpened={onOpened}
          followNewest={followNewest}
          compact={compact}
        />
      ),
    },
    renderEmpty: shelves && ((open) => <BinShelves store={shelves} onOpen={open} />),
  };
}
