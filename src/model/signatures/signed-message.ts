import { type HeaderMap, headerValue } from '../http/headers';
import { isPlainObject } from '../lenient';
import type { DigestEncoding, HmacAlgorithm } from './hmac';
import {
  GENERIC_DEFAULTS,
  type HmacOptions,
  SCHEMES,
  type SchemeId,
  VAPI_HMAC_DEFAULTS,
} from './schemes';

/**
 * What a scheme's header says (the digest, and the signing time when the scheme has one), and
 * the exact text the platform signed. Kept apart from the crypto so that the UI can show
 * precisely what was compared.
 */

export interface SignatureHeader {
  name: string;
  value: string;
}

export interface SignedParts {
  header: SignatureHeader;
  digest: string;
  timestamp?: { raw: string; unit: 'ms' | 's' };
}

export type HeaderRead =
  | { kind: 'missing' }
  | { kind: 'malformed'; header: SignatureHeader }
  | ({ kind: 'ok' } & SignedParts);

export interface HmacRecipe {
  algorithm: HmacAlgorithm;
  encoding: DigestEncoding;
  /** The text that is signed, from the raw body and the header's timestamp. */
  message(rawBody: string, timestamp: string | undefined): string | undefined;
}

/** Below this an epoch number is seconds, above it milliseconds (1e11 s is the year 5138). */
const SECONDS_LIMIT = 1e11;

export function timestampUnit(raw: string): 'ms' | 's' {
  return Number(raw) < SECONDS_LIMIT ? 's' : 'ms';
}

function found(headers: HeaderMap, names: readonly string[]): SignatureHeader | undefined {
  for (const name of names) {
    const value = headerValue(headers, name);
    if (value !== undefined) return { name, value: value.trim() };
  }
  return undefined;
}

/** `a=1,b=2` into its parts; a part without `=` makes the header malformed. */
function pairs(value: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

const DIGITS = /^\d{1,16}$/;

export function optionsFor(scheme: SchemeId, options: HmacOptions | undefined): HmacOptions {
  if (options !== undefined) return options;
  return scheme === 'vapi-hmac' ? VAPI_HMAC_DEFAULTS : GENERIC_DEFAULTS;
}

/** Reads the signature header of `scheme` from the request's headers. */
export function readSignatureHeader(
  scheme: SchemeId,
  headers: HeaderMap,
  options?: HmacOptions,
): HeaderRead {
  switch (scheme) {
    case 'retell': {
      const header = found(headers, [SCHEMES.retell.header as string]);
      if (header === undefined) return { kind: 'missing' };
      const parts = pairs(header.value);
      const v = parts?.get('v');
      const d = parts?.get('d');
      if (v === undefined || d === undefined || !DIGITS.test(v) || d === '')
        return { kind: 'malformed', header };
      return { kind: 'ok', header, digest: d, timestamp: { raw: v, unit: 'ms' } };
    }
    case 'elevenlabs': {
      const header = found(headers, [SCHEMES.elevenlabs.header as string]);
      if (header === undefined) return { kind: 'missing' };
      const parts = pairs(header.value);
      const t = parts?.get('t');
      const v0 = parts?.get('v0');
      if (t === undefined || v0 === undefined || !DIGITS.test(t) || v0 === '')
        return { kind: 'malformed', header };
      return { kind: 'ok', header, digest: v0, timestamp: { raw: t, unit: 's' } };
    }
    case 'bland':
    case 'synthflow': {
      // Synthflow's docs name the header in CGI form; the real name is a guess, so try both.
      const names =
        scheme === 'bland'
          ? [SCHEMES.bland.header as string]
          : [
              SCHEMES.synthflow.header as string,
              'http_synthflow_signature',
              'x-synthflow-signature',
            ];
      const header = found(headers, names);
      if (header === undefined) return { kind: 'missing' };
      return header.value === ''
        ? { kind: 'malformed', header }
        : { kind: 'ok', header, digest: header.value };
    }
    case 'vapi-secret': {
      const secret = found(headers, [SCHEMES['vapi-secret'].header as string]);
      if (secret !== undefined) return { kind: 'ok', header: secret, digest: secret.value };
      const auth = found(headers, ['authorization']);
      if (auth === undefined) return { kind: 'missing' };
      const match = /^bearer\s+(.+)$/i.exec(auth.value);
      return match?.[1] === undefined
        ? { kind: 'malformed', header: auth }
        : { kind: 'ok', header: auth, digest: match[1].trim() };
    }
    case 'vapi-hmac':
    case 'generic-hmac': {
      const plan = optionsFor(scheme, options);
      const header = found(headers, [plan.header]);
      if (header === undefined) return { kind: 'missing' };
      const prefix = plan.prefix ?? '';
      if (!header.value.startsWith(prefix) || header.value.length === prefix.length)
        return { kind: 'malformed', header };
      const digest = header.value.slice(prefix.length);
      if (plan.timestampHeader === undefined) return { kind: 'ok', header, digest };
      const stamp = headerValue(headers, plan.timestampHeader)?.trim();
      if (stamp === undefined || !DIGITS.test(stamp)) return { kind: 'malformed', header };
      return { kind: 'ok', header, digest, timestamp: { raw: stamp, unit: timestampUnit(stamp) } };
    }
  }
}

/** Synthflow signs the call id, not the body: read it from the body as its decoder does. */
function synthflowCallId(rawBody: string): string | undefined {
  try {
    const body: unknown = JSON.parse(rawBody);
    if (!isPlainObject(body)) return undefined;
    const call = body.call;
    const id = isPlainObject(call) ? call.call_id : body.call_id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

/** How `scheme` computes its digest; undefined for the shared-secret scheme, which has none. */
export function recipeFor(scheme: SchemeId, options?: HmacOptions): HmacRecipe | undefined {
  switch (scheme) {
    case 'retell':
      return { algorithm: 'sha256', encoding: 'hex', message: (body, t) => `${body}${t ?? ''}` };
    case 'elevenlabs':
      return { algorithm: 'sha256', encoding: 'hex', message: (body, t) => `${t ?? ''}.${body}` };
    case 'bland':
      return { algorithm: 'sha256', encoding: 'hex', message: (body) => body };
    case 'synthflow':
      return { algorithm: 'sha256', encoding: 'hex', message: (body) => synthflowCallId(body) };
    case 'vapi-secret':
      return undefined;
    case 'vapi-hmac':
    case 'generic-hmac': {
      const plan = optionsFor(scheme, options);
      return {
        algorithm: plan.algorithm,
        encoding: plan.encoding,
        message: (body, t) => (plan.timestampHeader === undefined ? body : `${t ?? ''}.${body}`),
      };
    }
  }
}
