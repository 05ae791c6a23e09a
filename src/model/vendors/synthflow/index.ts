import type { VendorDecoder } from '../vendor-decoder';
import { decodeSynthflow } from './decode';
import { synthflowListItems } from './list';
import { readShape } from './shape';

/**
 * Synthflow: the post-call and inbound-call webhooks, and the calls API's records and pages
 * (payload-formats.md §1, docs.synthflow.ai calls API).
 */
export const synthflow: VendorDecoder = {
  vendor: 'synthflow',
  recognise: (value) => readShape(value)?.score ?? 0,
  decode: decodeSynthflow,
  listItems: synthflowListItems,
};
