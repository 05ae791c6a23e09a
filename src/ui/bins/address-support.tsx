import { type BinTarget, looksLikeAddress } from '../../bins';
import type { WorkbenchProps } from '../workbench/Workbench';
import { AddressPane } from './AddressPane';
import { BinShelves, type ShelfStore } from './BinShelves';
import type { BinDeps } from './deps';

export interface BinSupport {
  /** Dependencies for the bin at this address (access, fetch, API keys). */
  depsFor: (address: string) => BinDeps;
  /** Called once per bin opened, so the page can remember it. */
  onOpened: (target: BinTarget) => void;
  /** Recent bins and granted sites, shown under the empty paste box; none in the panel. */
  shelves?: ShelfStore;
}

/**
 * The Workbench props that let it open a pasted bin URL (and, with shelves, reopen recent bins):
 * the same wiring for the popup, the viewer and the panel.
 */
export function binWorkbenchProps({
  depsFor,
  onOpened,
  shelves,
}: BinSupport): Pick<WorkbenchProps, 'address' | 'renderEmpty'> {
  return {
    address: {
      isAddress: looksLikeAddress,
      render: (address) => (
        <AddressPane address={address} deps={depsFor(address)} onOpened={onOpened} />
      ),
    },
    renderEmpty: shelves && ((open) => <BinShelves store={shelves} onOpen={open} />),
  };
}
