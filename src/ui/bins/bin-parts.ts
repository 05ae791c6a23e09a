/** The bin views, one chunk loaded on first use (see address-support.tsx). */
export { AddressPane } from './AddressPane';
export { BinShelves } from './BinShelves';
