import type { VendorDecoder } from '../vendor-decoder';
import { decodeBland } from './decode';
import { blandListItems, recogniseBland } from './recognise';

/**
 * Bland AI: the flat post-call webhook body (or the same record from the calls API, alone or in
 * its list), its live log lines and post-processing webhooks (vendor-formats.md §3).
 */
export const bland: VendorDecoder = {
  vendor: 'bland',
  recognise: recogniseBland,
  decode: decodeBland,
  listItems: blandListItems,
};
