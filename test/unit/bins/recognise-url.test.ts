import { describe, expect, it } from 'vitest';
import type { BinRefusal } from '../../../src/bins';
import { binSiteUrl, isBinRefusal, looksLikeAddress, recogniseBinUrl } from '../../../src/bins';
import { bins } from '../../../src/strings/bins';
import { binTarget as target } from './bin-target';

const TOKEN = '1f0e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const REQUEST = 'a1b2c3d4-0000-4000-8000-00000000002a';

function refusal(input: string): BinRefusal {
  const result = recogniseBinUrl(input);
  if (!isBinRefusal(result)) throw new Error(`accepted ${input} as ${result.kind}`);
  return result;
}

describe('recogniseBinUrl: webhook.site', () => {
  it.each([
    [`https://webhook.site/${TOKEN}`],
    [`https://webhook.site/${TOKEN}/any/sub/path?x=1`],
    [`https://${TOKEN}.webhook.site`],
    [`https://${TOKEN}.webhook.site/callback`],
    [`https://webhook.site/#!/view/${TOKEN}`],
    [`https://webhook.site/#!/${TOKEN}`],
    [`https://webhook.site/#/view/${TOKEN}`],
    [`https://webhook.site/token/${TOKEN}/requests?sorting=newest`],
    [`webhook.site/${TOKEN}`],
    [`  https://webhook.site/${TOKEN}\n`],
    [`https://WEBHOOK.SITE/${TOKEN.toUpperCase()}`],
  ])('reads %s as the webhook.site bin, asking permission for the API origin', (input) => {
    expect(target(input)).toEqual({
      kind: 'webhook-site',
      origin: 'https://webhook.site',
      apiBase: 'https://webhook.site',
      token: TOKEN,
      url: `https://webhook.site/${TOKEN}`,
      label: 'webhook.site bin 1f0e2a3b…',
    });
  });

  it('remembers the request a dashboard link points at, to select it once loaded', () => {
    const bin = target(`https://webhook.site/#!/view/${TOKEN}/${REQUEST}`);
    expect(bin).toMatchObject({ kind: 'webhook-site', token: TOKEN, requestId: REQUEST });
    expect(binSiteUrl(bin, REQUEST)).toBe(`https://webhook.site/#!/view/${TOKEN}/${REQUEST}`);
  });

  it('remembers the request an API link points at, but not "latest"', () => {
    expect(target(`https://webhook.site/token/${TOKEN}/request/${REQUEST}`).requestId).toBe(
      REQUEST,
    );
    expect(target(`https://webhook.site/token/${TOKEN}/request/latest`).requestId).toBeUndefined();
  });

  it('reads the token API on any origin as a self-hosted webhook.site, prefix included', () => {
    const bin = target(`http://hooks.example.com:8084/webhook/token/${TOKEN}/requests`);
    expect(bin).toMatchObject({
      kind: 'webhook-site',
      origin: 'http://hooks.example.com:8084',
      apiBase: 'http://hooks.example.com:8084/webhook',
      token: TOKEN,
      label: 'webhook.site bin 1f0e2a3b… on hooks.example.com:8084',
    });
    expect(binSiteUrl(bin)).toBe(`http://hooks.example.com:8084/webhook/#!/view/${TOKEN}`);
    // The remembered address recognises back to the same bin.
    expect(target(bin.url)).toEqual(bin);
  });

  it('accepts a scheme-less self-hosted address with a port, on this machine over http', () => {
    expect(target(`localhost:8084/token/${TOKEN}/requests`)).toMatchObject({
      kind: 'webhook-site',
      origin: 'http://localhost:8084',
    });
    expect(target(`bins.example.com/token/${TOKEN}/requests`)).toMatchObject({
      origin: 'https://bins.example.com',
    });
  });

  it('refuses a webhook.site address without a bin id, naming the service', () => {
    for (const input of ['https://webhook.site/', 'https://webhook.site/#!/view/not-a-uuid']) {
      expect(refusal(input)).toEqual({
        kind: 'refused-url',
        reason: 'no-token',
        message: bins.refusals.noToken('webhook.site'),
      });
    }
  });
});

describe('recogniseBinUrl: Svix Play', () => {
  const SVIX = 'e_94XdF-OwN3EaTKty4izJDWRAH3V';

  it.each([
    [`https://play.svix.com/in/${SVIX}/`],
    [`https://play.svix.com/view/${SVIX}`],
    [`https://api.play.svix.com/api/v1/history/${SVIX}/`],
    [`https://api.play.svix.com/api/v1/history/${SVIX}/?iterator=msg_1`],
    [`play.svix.com/in/${SVIX}/`],
  ])('reads %s as the Svix Play inbox, asking permission for its API origin', (input) => {
    const bin = target(input);
    expect(bin).toEqual({
      kind: 'svix-play',
      origin: 'https://api.play.svix.com',
      token: SVIX,
      url: `https://play.svix.com/in/${SVIX}/`,
      label: 'Svix Play inbox e_94XdF-…',
    });
    expect(binSiteUrl(bin)).toBe(`https://play.svix.com/view/${SVIX}/`);
  });

  it('refuses the Svix Play home page, which names no inbox', () => {
    expect(refusal('https://play.svix.com/').reason).toBe('no-token');
  });
});

describe('recogniseBinUrl: any other address', () => {
  it('reads an https address as a JSON document, without its fragment', () => {
    expect(target('https://gist.githubusercontent.com/u/abc/raw/call.json#top')).toEqual({
      kind: 'json-url',
      origin: 'https://gist.githubusercontent.com',
      url: 'https://gist.githubusercontent.com/u/abc/raw/call.json',
      label: 'JSON at gist.githubusercontent.com/u/abc/raw/call.json',
    });
  });

  it('reads plain http and loopback addresses too (local test servers)', () => {
    expect(target('http://127.0.0.1:5173/json/payload')).toMatchObject({
      kind: 'json-url',
      origin: 'http://127.0.0.1:5173',
    });
  });

  it('shortens a long path in the label', () => {
    const label = target(`https://example.com/${'a'.repeat(100)}.json`).label;
    expect(label.length).toBeLessThan(60);
    expect(label.endsWith('…')).toBe(true);
  });

  it('adds https to an address typed without a scheme', () => {
    expect(target('example.com/calls.json').url).toBe('https://example.com/calls.json');
  });
});

describe('recogniseBinUrl: refusals, before any request', () => {
  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['file:///home/me/call.json', 'file:'],
    ['chrome://extensions', 'chrome:'],
    ['about:blank', 'about:'],
    ['data:application/json,{"a":1}', 'data:'],
    ['ftp://example.com/call.json', 'ftp:'],
    ['chrome-extension://abc/page.html', 'chrome-extension:'],
  ])('refuses %s, naming its scheme', (input, scheme) => {
    expect(refusal(input)).toEqual({
      kind: 'refused-url',
      reason: 'scheme',
      message: bins.refusals.scheme(scheme),
    });
  });

  it.each([
    [`https://me:secret@webhook.site/${TOKEN}`],
    ['https://user@example.com/call.json'],
    ['http://user:secret@127.0.0.1:8080/call.json'],
  ])('refuses %s because it carries credentials, and does not echo them', (input) => {
    const result = refusal(input);
    expect(result.reason).toBe('credentials');
    expect(result.message).not.toContain('secret');
  });

  it('refuses user:password@host typed without a scheme, without echoing the password', () => {
    expect(refusal('me:secret@example.com/call.json').message).not.toContain('secret');
  });

  it.each([
    ['hello'],
    ['not a url at all'],
    ['{"status": "completed"}'],
    ['https://exa mple.com'],
    ['http://'],
    ['https://[::1'],
  ])('refuses %s as not an address', (input) => {
    expect(refusal(input)).toEqual({
      kind: 'refused-url',
      reason: 'not-a-url',
      message: bins.refusals.notAUrl,
    });
  });

  it.each([[''], ['   '], ['\n\t']])('asks for an address when given only %j', (input) => {
    expect(refusal(input)).toEqual({
      kind: 'refused-url',
      reason: 'empty',
      message: bins.refusals.empty,
    });
  });
});

describe('looksLikeAddress', () => {
  it.each([
    'https://webhook.site/0e6f6bd4-1a2b-4c3d-8e9f-0123456789ab',
    'webhook.site/0e6f6bd4-1a2b-4c3d-8e9f-0123456789ab',
    'javascript:alert(1)',
    '  http://127.0.0.1:8080/json  ',
    '127.0.0.1:8080/x.json',
    '192.168.1.20/calls',
  ])('takes %s as an address, so it is opened as a bin or refused with a reason', (text) => {
    expect(looksLikeAddress(text)).toBe(true);
  });

  it.each([
    '{"status":"completed"}',
    '[1, 2]',
    '"text"',
    '42',
    '-1',
    '1.5',
    '1.2.3',
    'true',
    'null',
    '',
    'two words',
  ])('leaves %s to the JSON decoder', (text) => {
    expect(looksLikeAddress(text)).toBe(false);
  });
});

describe('an IPv4 address typed without a scheme', () => {
  it('is read as an address, not as broken JSON', () => {
    expect(target('127.0.0.1:8080/x.json')).toMatchObject({
      kind: 'json-url',
      origin: 'http://127.0.0.1:8080',
    });
  });
});
