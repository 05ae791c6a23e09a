import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * A developer's own webhook endpoint, as the fake bin server plays it at /receive/<platform>:
 * it verifies the signature the way each platform's SDK tells servers to, with node:crypto
 * (independent of Hookline's WebCrypto code), so a replay test proves a real server accepts it.
 */

export const RECEIVER_SECRET = 'whsec_receiver_7c1d5e0a';

const FIVE_MINUTES = 5 * 60_000;
const THIRTY_MINUTES = 30 * 60_000;

function hex(message: string, secret = RECEIVER_SECRET): Buffer {
  return createHmac('sha256', secret).update(message).digest();
}

/** The signature header a platform sends with `rawBody` at `nowMs`, as its docs and SDK sign. */
export function platformSignature(
  platform: 'retell' | 'elevenlabs',
  rawBody: string,
  nowMs: number,
  secret = RECEIVER_SECRET,
): [string, string] {
  if (platform === 'retell') {
    return ['x-retell-signature', `v=${nowMs},d=${hex(rawBody + nowMs, secret).toString('hex')}`];
  }
  const t = Math.floor(nowMs / 1000);
  return ['elevenlabs-signature', `t=${t},v0=${hex(`${t}.${rawBody}`, secret).toString('hex')}`];
}

function same(expected: Buffer, receivedHex: string): boolean {
  const received = Buffer.from(receivedHex, 'hex');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Why the receiver refused a request, or undefined when it verifies. */
export function refusal(
  platform: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
  nowMs: number,
): string | undefined {
  if (platform === 'retell') {
    const match = /^v=(\d+),d=([0-9a-f]+)$/.exec(header(headers, 'x-retell-signature') ?? '');
    if (match === null) return 'no retell signature';
    const [, v = '', d = ''] = match;
    if (Math.abs(nowMs - Number(v)) > FIVE_MINUTES) return 'retell timestamp outside 5 minutes';
    return same(hex(rawBody + v), d) ? undefined : 'retell signature mismatch';
  }
  if (platform === 'elevenlabs') {
    const parts = new Map(
      (header(headers, 'elevenlabs-signature') ?? '').split(',').map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), p.slice(eq + 1)] as const;
      }),
    );
    const t = parts.get('t');
    const v0 = parts.get('v0');
    if (t === undefined || v0 === undefined) return 'no elevenlabs signature';
    if (Number(t) * 1000 < nowMs - THIRTY_MINUTES) return 'elevenlabs timestamp too old';
    return same(hex(`${t}.${rawBody}`), v0) ? undefined : 'elevenlabs signature mismatch';
  }
  if (platform === 'bland') {
    const signature = header(headers, 'x-webhook-signature');
    if (signature === undefined) return 'no bland signature';
    return same(hex(rawBody), signature) ? undefined : 'bland signature mismatch';
  }
  return `no such platform: ${platform}`;
}
