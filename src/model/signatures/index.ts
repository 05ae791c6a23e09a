/** Webhook signatures: which scheme a request uses, whether it verifies, and re-signing. */

export type { HeaderMap } from '../http/headers';
export { schemeFor } from './detect-scheme';
export type { DigestEncoding, HmacAlgorithm } from './hmac';
export {
  GENERIC_DEFAULTS,
  type HmacOptions,
  SCHEMES,
  type SchemeId,
  type SchemeSpec,
  VAPI_HMAC_DEFAULTS,
} from './schemes';
export type { SecretStore } from './secret-store';
export { signatureHeaders } from './sign';
export {
  checkSignature,
  type LikelyCause,
  type SignatureCheck,
  type SignatureRequest,
} from './verify';
