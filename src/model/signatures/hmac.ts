/**
 * HMAC with WebCrypto only (crypto.subtle exists in extension pages of both browsers and in
 * Node 20), so checking a signature adds no dependency to the bundle.
 */

export type HmacAlgorithm = 'sha256' | 'sha512' | 'sha1';
export type DigestEncoding = 'hex' | 'base64';

const WEBCRYPTO_NAME: Record<HmacAlgorithm, string> = {
  sha256: 'SHA-256',
  sha512: 'SHA-512',
  sha1: 'SHA-1',
};

const encoder = new TextEncoder();

/** HMAC of `message` with `secret`, both taken as UTF-8 text, as the vendors' SDKs do. */
export async function hmac(
  algorithm: HmacAlgorithm,
  secret: string,
  message: string,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    // A zero-length HMAC key is refused by WebCrypto; an empty secret can never verify anyway.
    encoder.encode(secret === '' ? '\0' : secret),
    { name: 'HMAC', hash: WEBCRYPTO_NAME[algorithm] },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

export function encodeDigest(bytes: Uint8Array, encoding: DigestEncoding): string {
  if (encoding === 'hex') {
    let out = '';
    for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
    return out;
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function hmacText(
  algorithm: HmacAlgorithm,
  encoding: DigestEncoding,
  secret: string,
  message: string,
): Promise<string> {
  return encodeDigest(await hmac(algorithm, secret, message), encoding);
}

/**
 * Compares two digests in time independent of where they differ. Hookline compares in the
 * user's own browser, so timing leaks matter little, but the habit costs nothing.
 */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
