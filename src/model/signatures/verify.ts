import type { HeaderMap } from '../http/headers';
import { type DigestEncoding, hmacText, sameDigest } from './hmac';
import { type HmacOptions, SCHEMES, type SchemeId } from './schemes';
import {
  type HmacRecipe,
  readSignatureHeader,
  recipeFor,
  type SignatureHeader,
  type SignedParts,
} from './signed-message';

export interface SignatureRequest {
  scheme: SchemeId;
  /** The body exactly as received: a re-serialised body never verifies. */
  rawBody: string;
  headers: HeaderMap;
  secret: string;
  nowMs: number;
  /** For Vapi's HMAC plan and the generic scheme: what the user configured. */
  options?: HmacOptions;
}

/**
 * Why a signature that did not verify probably failed, when Hookline can tell by trying the
 * usual mistakes: a body signed after re-serialisation, a timestamp in the wrong unit, the
 * other encoding. `secret-or-body` when none of them matches.
 */
export type LikelyCause =
  | 're-serialised-body'
  | 'timestamp-in-seconds'
  | 'timestamp-in-ms'
  | 'other-encoding'
  | 'secret-or-body';

export interface SignatureCheck {
  scheme: SchemeId;
  /** missing: no signature header; malformed: a header Hookline cannot read; no-secret: not checked yet. */
  state: 'valid' | 'mismatch' | 'missing' | 'malformed' | 'no-secret' | 'no-message';
  header?: SignatureHeader;
  /** The text that was signed, cut to a preview, with its full length. */
  signed?: { preview: string; length: number };
  computed?: string;
  received?: string;
  timestamp?: {
    raw: string;
    unit: 'ms' | 's';
    ms: number;
    /** now - signing time; negative when signed in the future (clock skew). */
    ageMs: number;
    toleranceMs?: number;
    withinTolerance: boolean;
  };
  likelyCause?: LikelyCause;
}

const PREVIEW_CHARS = 120;

function preview(text: string): { preview: string; length: number } {
  return {
    preview: text.length <= PREVIEW_CHARS ? text : `${text.slice(0, PREVIEW_CHARS)}…`,
    length: text.length,
  };
}

function timing(parts: SignedParts, scheme: SchemeId, nowMs: number): SignatureCheck['timestamp'] {
  if (parts.timestamp === undefined) return undefined;
  const { raw, unit } = parts.timestamp;
  const ms = unit === 's' ? Number(raw) * 1000 : Number(raw);
  const ageMs = nowMs - ms;
  const toleranceMs = SCHEMES[scheme].toleranceMs;
  return {
    raw,
    unit,
    ms,
    ageMs,
    ...(toleranceMs === undefined ? {} : { toleranceMs }),
    withinTolerance: toleranceMs === undefined || Math.abs(ageMs) <= toleranceMs,
  };
}

/** Says whether a webhook's signature verifies with `secret`, and exactly what was compared. */
export async function checkSignature(request: SignatureRequest): Promise<SignatureCheck> {
  const { scheme, rawBody, headers, secret, nowMs, options } = request;
  const read = readSignatureHeader(scheme, headers, options);
  if (read.kind === 'missing') return { scheme, state: 'missing' };
  if (read.kind === 'malformed') return { scheme, state: 'malformed', header: read.header };
  const base = {
    scheme,
    header: read.header,
    received: read.digest,
    ...optional('timestamp', timing(read, scheme, nowMs)),
  };
  if (secret === '') return { ...base, state: 'no-secret' };
  const recipe = recipeFor(scheme, options);
  if (recipe === undefined) {
    // Vapi's shared secret: the header holds the secret itself.
    return { ...base, state: sameDigest(read.digest, secret) ? 'valid' : 'mismatch' };
  }
  const message = recipe.message(rawBody, read.timestamp?.raw);
  if (message === undefined) return { ...base, state: 'no-message' };
  const computed = await hmacText(recipe.algorithm, recipe.encoding, secret, message);
  const checked = { ...base, signed: preview(message), computed };
  if (sameDigest(computed, read.digest)) return { ...checked, state: 'valid' };
  const likelyCause = await guessCause(recipe, secret, rawBody, read);
  return { ...checked, state: 'mismatch', likelyCause };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Tries the usual mistakes one by one; the first that reproduces the received digest wins. */
async function guessCause(
  recipe: HmacRecipe,
  secret: string,
  rawBody: string,
  parts: SignedParts,
): Promise<LikelyCause> {
  const digestOf = (body: string, stamp: string | undefined, encoding: DigestEncoding) => {
    const message = recipe.message(body, stamp);
    return message === undefined
      ? Promise.resolve(undefined)
      : hmacText(recipe.algorithm, encoding, secret, message);
  };
  const stamp = parts.timestamp?.raw;
  for (const body of reserialised(rawBody)) {
    if ((await digestOf(body, stamp, recipe.encoding)) === parts.digest)
      return 're-serialised-body';
  }
  if (stamp !== undefined) {
    const n = Number(stamp);
    const seconds = String(Math.floor(n / 1000));
    const millis = String(n * 1000);
    if (
      parts.timestamp?.unit === 'ms' &&
      (await digestOf(rawBody, seconds, recipe.encoding)) === parts.digest
    )
      return 'timestamp-in-seconds';
    if (
      parts.timestamp?.unit === 's' &&
      (await digestOf(rawBody, millis, recipe.encoding)) === parts.digest
    )
      return 'timestamp-in-ms';
  }
  const other: DigestEncoding = recipe.encoding === 'hex' ? 'base64' : 'hex';
  if ((await digestOf(rawBody, stamp, other)) === parts.digest) return 'other-encoding';
  return 'secret-or-body';
}

/** The body as common servers re-serialise it: compact, and pretty-printed with 2 spaces. */
function reserialised(rawBody: string): string[] {
  try {
    const value: unknown = JSON.parse(rawBody);
    return [JSON.stringify(value), JSON.stringify(value, null, 2)].filter((b) => b !== rawBody);
  } catch {
    return [];
  }
}
