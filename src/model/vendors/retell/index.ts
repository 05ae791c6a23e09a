import type { VendorDecoder } from '../vendor-decoder';
import { decodeRetell } from './decode';
import { recogniseRetell } from './recognise';

/** Retell AI: `{event, call, event_timestamp}` webhooks (vendor-formats.md §2). */
export const retell: VendorDecoder = {
  vendor: 'retell',
  recognise: recogniseRetell,
  decode: decodeRetell,
};
