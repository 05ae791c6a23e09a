import type { VendorDecoder } from '../vendor-decoder';
import { decodeVapi } from './decode';
import { recogniseVapi } from './recognise';

/** Vapi: `{"message": {"type": …}}` server messages (vendor-formats.md §1). */
export const vapi: VendorDecoder = {
  vendor: 'vapi',
  recognise: recogniseVapi,
  decode: decodeVapi,
};
