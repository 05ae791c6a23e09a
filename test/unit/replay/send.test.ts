// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignature, signatureHeaders } from '../../../src/model/signatures';
import { curlCommand, replayRequest, sendReplay } from '../../../src/replay';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { RECEIVER_SECRET } from '../../support/signing-receiver';

// Spacing and key order a re-serialisation would change: the replay must keep them.
const BODY = '{"event": "call_ended",  "call": {"call_id": "call_77ab", "duration_ms": 61000}}\n';

let server: FakeBinServer;
beforeAll(async () => {
  server = await startFakeBinServer();
});
afterAll(() => server.close());

const send = (request: Parameters<typeof sendReplay>[0]) => sendReplay(request, { fetch });

describe('sending a webhook on to your own endpoint', () => {
  it.each(['retell', 'elevenlabs', 'bland'] as const)(
    'a %s webhook re-signed with a fresh timestamp is accepted by a server that verifies it',
    async (scheme) => {
      const signature = await signatureHeaders(scheme, BODY, RECEIVER_SECRET, Date.now());
      const request = replayRequest(
        `${server.origin}/receive/${scheme}`,
        BODY,
        'application/json',
        {
          kind: 'signed',
          signature: signature ?? {},
        },
      );
      const result = await send(request);
      expect(result).toMatchObject({ kind: 'response', status: 200 });
      expect(result.kind === 'response' && JSON.parse(result.body)).toEqual({
        verified: true,
        bytes: Buffer.byteLength(BODY),
      });
      expect(server.receivedBodies.at(-1)).toBe(BODY);
    },
  );

  it('a Retell webhook replayed as received three hours later is refused, and the UI gets the 401', async () => {
    const old = Date.now() - 3 * 3600_000;
    const headers = (await signatureHeaders('retell', BODY, RECEIVER_SECRET, old)) ?? {};
    const request = replayRequest(`${server.origin}/receive/retell`, BODY, 'application/json', {
      kind: 'as-received',
      headers: {
        ...headers,
        Host: 'hooks.example',
        'Content-Length': '99',
        'User-Agent': 'axios/1.15.2',
      },
    });
    expect(Object.keys(request.headers)).toEqual(['content-type', 'x-retell-signature']);
    const result = await send(request);
    expect(result).toMatchObject({ kind: 'response', status: 401 });
    expect(result.kind === 'response' && result.body).toContain('outside 5 minutes');
  });

  it('says a refused connection, not a server answer', async () => {
    const request = replayRequest(`${server.refusedOrigin}/hook`, BODY, undefined, {
      kind: 'body-only',
    });
    expect((await send(request)).kind).toBe('network');
  });

  it('times out on a server that never answers', async () => {
    const request = replayRequest(server.faultUrl('hang'), BODY, undefined, { kind: 'body-only' });
    expect((await sendReplay(request, { fetch, timeoutMs: 200 })).kind).toBe('timeout');
  });

  it('does not follow a redirect', async () => {
    const request = replayRequest(server.faultUrl('redirect-elsewhere'), BODY, undefined, {
      kind: 'body-only',
    });
    expect((await send(request)).kind).toBe('redirect');
    expect(server.received.some((r) => r.origin === server.otherOrigin)).toBe(false);
  });

  it('refuses anything but http(s)', async () => {
    const request = replayRequest('file:///etc/passwd', BODY, undefined, { kind: 'body-only' });
    expect((await send(request)).kind).toBe('invalid-url');
  });

  it('keeps only the start of a huge answer', async () => {
    const request = replayRequest(server.faultUrl('huge'), BODY, undefined, { kind: 'body-only' });
    const result = await send(request);
    expect(result).toMatchObject({ kind: 'response', truncated: true });
    expect(result.kind === 'response' && result.body.length).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('the same request as cURL', () => {
  it('sends the body byte for byte and masks the signature unless shown', async () => {
    const request = replayRequest('http://localhost:3000/hooks', "it's\n", 'application/json', {
      kind: 'signed',
      signature: { 'X-Webhook-Signature': 'a'.repeat(64) },
    });
    const masked = curlCommand(request);
    expect(masked).toContain(`--data-binary 'it'\\''s\n'`);
    expect(masked).not.toContain('a'.repeat(64));
    expect(curlCommand(request, true)).toContain(`x-webhook-signature: ${'a'.repeat(64)}`);
  });

  it('a replay re-signed for cURL verifies against the same body', async () => {
    const now = Date.now();
    const signature = (await signatureHeaders('elevenlabs', BODY, RECEIVER_SECRET, now)) ?? {};
    const check = await checkSignature({
      scheme: 'elevenlabs',
      rawBody: BODY,
      headers: signature,
      secret: RECEIVER_SECRET,
      nowMs: now,
    });
    expect(check.state).toBe('valid');
  });
});
