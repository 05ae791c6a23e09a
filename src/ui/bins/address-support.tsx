import { type BinTarget, looksLikeAddress } from '../../bins';
import type { WorkbenchProps } from '../workbench/Workbench';
import { AddressPane } from './AddressPane';
import type { BinDeps } from './deps';

/** Lets a Workbench open a pasted bin URL: the same wiring for the popup, viewer and panel. */
export function binAddressSupport(
  depsFor: (address: string) => BinDeps,
  onOpened: (target: BinTarget) => void,
): WorkbenchProps['address'] {
  return {
    isAddress: looksLikeAddress,
    render: (address) => (
      <AddressPane address={address} deps={depsFor(address)} onOpened={onOpened} />
    ),
  };
}
