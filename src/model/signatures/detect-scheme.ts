import { type HeaderMap, headerValue } from '../http/headers';
import type { VendorId } from '../record';
import { SCHEMES, type SchemeId, VAPI_HMAC_DEFAULTS } from './schemes';

/**
 * Which scheme a request uses: by the signature header it carries first (a request says more
 * than a guess), then by the platform whose payload it holds. Undefined when neither tells.
 */
export function schemeFor(vendor: VendorId | undefined, headers: HeaderMap): SchemeId | undefined {
  const has = (name: string) => headerValue(headers, name) !== undefined;
  if (has(SCHEMES.retell.header as string)) return 'retell';
  if (has(SCHEMES.elevenlabs.header as string)) return 'elevenlabs';
  if (has(SCHEMES.bland.header as string)) return 'bland';
  if (has(SCHEMES['vapi-secret'].header as string)) return 'vapi-secret';
  if (vendor === 'vapi') {
    return has(VAPI_HMAC_DEFAULTS.header) && has(VAPI_HMAC_DEFAULTS.timestampHeader as string)
      ? 'vapi-hmac'
      : 'vapi-secret';
  }
  if (vendor !== undefined) {
    const match = Object.values(SCHEMES).find((spec) => spec.vendor === vendor);
    return match?.id;
  }
  return undefined;
}
