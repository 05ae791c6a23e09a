import type { VendorDecoder } from '../vendor-decoder';
import { decodeElevenLabs } from './decode';
import { recogniseElevenLabs } from './recognise';

/** ElevenLabs Conversational AI (Agents): `{type, event_timestamp, data}` post-call webhooks (vendor-formats.md §4). */
export const elevenlabs: VendorDecoder = {
  vendor: 'elevenlabs',
  recognise: recogniseElevenLabs,
  decode: decodeElevenLabs,
};
