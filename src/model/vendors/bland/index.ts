import type { VendorDecoder } from '../vendor-decoder';
import { decodeBland } from './decode';
import { recogniseBland } from './recognise';

/** Bland AI: the flat post-call webhook body, and its live log lines (vendor-formats.md §3). */
export const bland: VendorDecoder = {
  vendor: 'bland',
  recognise: recogniseBland,
  decode: decodeBland,
};
