import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkSignature,
  type SchemeId,
  type SignatureRequest,
  signatureHeaders,
} from '../../../../src/model/signatures';

// Vectors come from Node's own crypto, independent of the WebCrypto code under test.
const hexHmac = (secret: string, message: string, algorithm = 'sha256') =>
  createHmac(algorithm, secret).update(message).digest('hex');
const b64Hmac = (secret: string, message: string, algorithm = 'sha256') =>
  createHmac(algorithm, secret).update(message).digest('base64');

const SECRET = 'key_9f2c0a17d4';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const BODY = '{"event":"call_ended","call":{"call_id":"call_5e1a","duration_ms":93000}}';
const PRETTY = JSON.stringify(JSON.parse(BODY), null, 2);

/** A signed request as each platform sends it, signed `ageMs` before NOW over `signedBody`. */
function sent(scheme: SchemeId, ageMs = 0, signedBody = BODY): SignatureRequest {
  const ms = NOW - ageMs;
  const s = Math.floor(ms / 1000);
  const headers: Record<string, string> = {
    retell: { 'X-Retell-Signature': `v=${ms},d=${hexHmac(SECRET, signedBody + ms)}` },
    elevenlabs: { 'ElevenLabs-Signature': `t=${s},v0=${hexHmac(SECRET, `${s}.${signedBody}`)}` },
    bland: { 'X-Webhook-Signature': hexHmac(SECRET, signedBody) },
    'vapi-secret': { 'X-Vapi-Secret': SECRET },
    'vapi-hmac': {
      'x-signature': hexHmac(SECRET, `${ms}.${signedBody}`),
      'x-timestamp': String(ms),
    },
    synthflow: { 'Synthflow-Signature': hexHmac(SECRET, 'call_5e1a') },
    'generic-hmac': { 'x-signature': hexHmac(SECRET, signedBody) },
  }[scheme];
  return { scheme, rawBody: BODY, headers, secret: SECRET, nowMs: NOW };
}

const ALL: SchemeId[] = [
  'retell',
  'elevenlabs',
  'bland',
  'vapi-secret',
  'vapi-hmac',
  'synthflow',
  'generic-hmac',
];
const BODY_SIGNED: SchemeId[] = ['retell', 'elevenlabs', 'bland', 'vapi-hmac', 'generic-hmac'];

describe('checking a webhook signature', () => {
  it.each(ALL)('verifies a %s request signed with the right secret', async (scheme) => {
    expect((await checkSignature(sent(scheme))).state).toBe('valid');
  });

  it.each(ALL)('rejects a %s request checked with a wrong secret', async (scheme) => {
    const check = await checkSignature({ ...sent(scheme), secret: 'key_other_agent' });
    expect(check.state).toBe('mismatch');
  });

  it.each(BODY_SIGNED)('rejects a %s body changed by one byte', async (scheme) => {
    const request = sent(scheme);
    const check = await checkSignature({ ...request, rawBody: BODY.replace('93000', '93001') });
    expect(check.state).toBe('mismatch');
    expect(check.likelyCause).toBe('secret-or-body');
  });

  it.each(BODY_SIGNED)('says a %s signature was made over a re-serialised body', async (scheme) => {
    const check = await checkSignature({ ...sent(scheme, 0, BODY), rawBody: PRETTY });
    expect(check.state).toBe('mismatch');
    expect(check.likelyCause).toBe('re-serialised-body');
  });

  it.each(ALL)('says a %s request carries no signature', async (scheme) => {
    const check = await checkSignature({
      ...sent(scheme),
      headers: { 'content-type': 'application/json' },
    });
    expect(check.state).toBe('missing');
  });

  // One unreadable header per scheme, in the ways senders and proxies really garble them.
  const MALFORMED: Array<[SchemeId, Record<string, string>]> = [
    ['retell', { 'x-retell-signature': 'd=abc123' }],
    ['elevenlabs', { 'elevenlabs-signature': 'v0=abc123' }],
    ['bland', { 'x-webhook-signature': '' }],
    ['vapi-secret', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['vapi-hmac', { 'x-signature': 'abc123', 'x-timestamp': 'yesterday' }],
    ['synthflow', { 'synthflow-signature': '' }],
    ['generic-hmac', { 'x-signature': '' }],
  ];
  it.each(MALFORMED)(
    'calls a garbled %s header unreadable, not a mismatch',
    async (scheme, headers) => {
      expect((await checkSignature({ ...sent(scheme), headers })).state).toBe('malformed');
    },
  );

  it.each([
    ['retell', 3 * 3600_000, false],
    ['elevenlabs', 31 * 60_000, false],
    ['elevenlabs', 29 * 60_000, true],
  ] as const)('judges a %s signature %i ms old against its window', async (scheme, age, inside) => {
    const check = await checkSignature(sent(scheme, age));
    // A stale signature still matches: the age is a separate verdict, as the vendors' SDKs give.
    expect(check.state).toBe('valid');
    expect(check.timestamp?.withinTolerance).toBe(inside);
  });

  it('gives a Vapi HMAC plan the age of its timestamp, with no window Vapi documents', async () => {
    const check = await checkSignature(sent('vapi-hmac', 3 * 3600_000));
    expect(check.state).toBe('valid');
    expect(check.timestamp).toMatchObject({ ageMs: 3 * 3600_000, withinTolerance: true });
    expect(check.timestamp?.toleranceMs).toBeUndefined();
  });

  it('checks Synthflow against the call id only: a re-serialised body still verifies, another call id does not', async () => {
    expect((await checkSignature({ ...sent('synthflow'), rawBody: PRETTY })).state).toBe('valid');
    const other = BODY.replace('call_5e1a', 'call_5e1b');
    expect((await checkSignature({ ...sent('synthflow'), rawBody: other })).state).toBe('mismatch');
    const noId = await checkSignature({ ...sent('synthflow'), rawBody: '{"event":"x"}' });
    expect(noId.state).toBe('no-message');
  });

  it('calls a Retell header without its digest malformed', async () => {
    const check = await checkSignature({
      ...sent('retell'),
      headers: { 'x-retell-signature': 'v=abc' },
    });
    expect(check).toMatchObject({ state: 'malformed', header: { value: 'v=abc' } });
  });

  it('calls an ElevenLabs header without v0 malformed', async () => {
    const headers = { 'elevenlabs-signature': `t=${NOW / 1000}` };
    expect((await checkSignature({ ...sent('elevenlabs'), headers })).state).toBe('malformed');
  });

  it('shows what was signed, the computed and the received digest', async () => {
    const check = await checkSignature(sent('retell'));
    expect(check.signed).toEqual({ preview: `${BODY}${NOW}`, length: BODY.length + 13 });
    expect(check.computed).toBe(hexHmac(SECRET, BODY + NOW));
    expect(check.received).toBe(check.computed);
  });

  it('flags a Retell signature three hours old as outside its 5-minute window', async () => {
    const check = await checkSignature(sent('retell', 3 * 3600_000));
    expect(check.state).toBe('valid');
    expect(check.timestamp).toMatchObject({
      unit: 'ms',
      ageMs: 3 * 3600_000,
      toleranceMs: 300_000,
      withinTolerance: false,
    });
  });

  it('reads the ElevenLabs timestamp in seconds and allows 30 minutes', async () => {
    const check = await checkSignature(sent('elevenlabs', 20 * 60_000));
    expect(check.timestamp).toMatchObject({
      unit: 's',
      withinTolerance: true,
      toleranceMs: 1_800_000,
    });
  });

  it('guesses a Retell digest made with the timestamp in seconds', async () => {
    const s = Math.floor(NOW / 1000);
    const headers = { 'x-retell-signature': `v=${NOW},d=${hexHmac(SECRET, BODY + s)}` };
    const check = await checkSignature({ ...sent('retell'), headers });
    expect(check.likelyCause).toBe('timestamp-in-seconds');
  });

  it('verifies Vapi bearer tokens and base64 HMAC plans with a prefix', async () => {
    const bearer = await checkSignature({
      ...sent('vapi-secret'),
      headers: { Authorization: `Bearer ${SECRET}` },
    });
    expect(bearer.state).toBe('valid');
    const options = {
      algorithm: 'sha512',
      encoding: 'base64',
      header: 'x-sig',
      timestampHeader: 'x-ts',
      prefix: 'sha512=',
    } as const;
    const headers = {
      'x-sig': `sha512=${b64Hmac(SECRET, `${NOW}.${BODY}`, 'sha512')}`,
      'x-ts': String(NOW),
    };
    const plan = await checkSignature({ ...sent('vapi-hmac'), headers, options });
    expect(plan.state).toBe('valid');
  });

  it('says when a generic HMAC was sent in the other encoding', async () => {
    const headers = { 'x-signature': b64Hmac(SECRET, BODY) };
    const check = await checkSignature({ ...sent('generic-hmac'), headers });
    expect(check.likelyCause).toBe('other-encoding');
  });

  it('waits for a secret before computing anything', async () => {
    const check = await checkSignature({ ...sent('bland'), secret: '' });
    expect(check).toMatchObject({ state: 'no-secret', received: hexHmac(SECRET, BODY) });
    expect(check.computed).toBeUndefined();
  });
});

describe('re-signing for a replay', () => {
  it.each(ALL)('makes %s headers that verify now', async (scheme) => {
    const headers = await signatureHeaders(scheme, BODY, SECRET, NOW);
    expect(headers).toBeDefined();
    const check = await checkSignature({
      scheme,
      rawBody: BODY,
      headers: headers ?? {},
      secret: SECRET,
      nowMs: NOW,
    });
    expect(check.state).toBe('valid');
    if (check.timestamp !== undefined) expect(check.timestamp.ageMs).toBe(0);
  });

  it('signs Retell as its SDK does', async () => {
    const headers = await signatureHeaders('retell', BODY, SECRET, NOW);
    expect(headers).toEqual({ 'x-retell-signature': `v=${NOW},d=${hexHmac(SECRET, BODY + NOW)}` });
  });
});
