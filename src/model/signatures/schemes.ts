import type { VendorId } from '../record';
import type { DigestEncoding, HmacAlgorithm } from './hmac';

/**
 * How each platform signs its webhooks. Sources (re-check there when a vendor changes):
 * - Retell: `x-retell-signature: v=<epoch ms>,d=<hex HMAC-SHA256(API key, rawBody + ms)>`, 5 min
 *   (RetellAI/retell-typescript-sdk src/lib/webhook_auth.ts).
 * - ElevenLabs: `ElevenLabs-Signature: t=<unix s>,v0=<hex HMAC-SHA256(secret, "<t>.<rawBody>")>`,
 *   30 min (elevenlabs-python src/elevenlabs/webhooks_custom.py construct_event).
 * - Bland: `X-Webhook-Signature: <hex HMAC-SHA256(secret, rawBody)>` (docs: tutorials/webhook-signing).
 * - Vapi: a shared secret in `X-Vapi-Secret` or `Authorization: Bearer`, or its HMAC plan:
 *   `x-signature` over `{timestamp}.{body}` with `x-timestamp`, sha256/sha512/sha1, hex or
 *   base64, optional prefix (VapiAI/docs server-authentication, HMACAuthenticationPlan).
 * - Synthflow: HMAC-SHA256 of the call id only, with the workspace secret; the docs write the
 *   header in CGI form (HTTP_SYNTHFLOW_SIGNATURE). Not checked against live traffic.
 */
export type SchemeId =
  | 'retell'
  | 'elevenlabs'
  | 'bland'
  | 'vapi-secret'
  | 'vapi-hmac'
  | 'synthflow'
  | 'generic-hmac';

/** What the user chooses for the configurable schemes (Vapi's HMAC plan, generic HMAC). */
export interface HmacOptions {
  algorithm: HmacAlgorithm;
  encoding: DigestEncoding;
  /** The header that carries the signature. */
  header: string;
  /** Vapi's plan: the header with the timestamp; absent for a plain body HMAC. */
  timestampHeader?: string;
  /** Text before the digest in the header, e.g. `sha256=`. */
  prefix?: string;
}

export interface SchemeSpec {
  id: SchemeId;
  vendor?: VendorId;
  /** The signature header, for the fixed schemes. */
  header?: string;
  /** How far the signing time may be from now before the vendor's own check rejects it. */
  toleranceMs?: number;
  /** Whether Hookline checked this scheme against requests the platform really sent. */
  checkedAgainstLiveTraffic: boolean;
}

const MINUTE = 60_000;

export const SCHEMES: Record<SchemeId, SchemeSpec> = {
  retell: {
    id: 'retell',
    vendor: 'retell',
    header: 'x-retell-signature',
    toleranceMs: 5 * MINUTE,
    checkedAgainstLiveTraffic: false,
  },
  elevenlabs: {
    id: 'elevenlabs',
    vendor: 'elevenlabs',
    header: 'elevenlabs-signature',
    toleranceMs: 30 * MINUTE,
    checkedAgainstLiveTraffic: false,
  },
  bland: {
    id: 'bland',
    vendor: 'bland',
    header: 'x-webhook-signature',
    checkedAgainstLiveTraffic: false,
  },
  'vapi-secret': {
    id: 'vapi-secret',
    vendor: 'vapi',
    header: 'x-vapi-secret',
    checkedAgainstLiveTraffic: false,
  },
  'vapi-hmac': { id: 'vapi-hmac', vendor: 'vapi', checkedAgainstLiveTraffic: false },
  synthflow: {
    id: 'synthflow',
    vendor: 'synthflow',
    header: 'synthflow-signature',
    checkedAgainstLiveTraffic: false,
  },
  'generic-hmac': { id: 'generic-hmac', checkedAgainstLiveTraffic: false },
};

export const VAPI_HMAC_DEFAULTS: HmacOptions = {
  algorithm: 'sha256',
  encoding: 'hex',
  header: 'x-signature',
  timestampHeader: 'x-timestamp',
};

export const GENERIC_DEFAULTS: HmacOptions = {
  algorithm: 'sha256',
  encoding: 'hex',
  header: 'x-signature',
};
