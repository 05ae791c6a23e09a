import { bins } from '../strings/bins';
import {
  jsonUrlTarget,
  smeeTarget,
  svixPlayTarget,
  WEBHOOK_SITE_ORIGIN,
  webhookSiteTarget,
} from './targets';
import type { BinRefusal, BinTarget, RefusalReason } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SVIX_TOKEN = /^[A-Za-z0-9_-]{4,}$/;
const SMEE_CHANNEL = /^[A-Za-z0-9_-]{4,64}$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** `localhost:8084/…` starts like a scheme but is a host and port. */
const HOST_AND_PORT = /^[a-z0-9.-]+:\d+(?:[/?#]|$)/i;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** Four dot-separated numbers, then a port, a path or the end: no JSON number looks like that. */
const IPV4_START = /^\d{1,3}(?:\.\d{1,3}){3}(?:[:/?#]|$)/;
/** What a typed host looks like; keeps words and pasted JSON from becoming `https://word/`. */
const HOST_NAME = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+|\[[0-9a-f:.]+\])$/i;

function refusal(reason: RefusalReason, message: string): BinRefusal {
  return { kind: 'refused-url', reason, message };
}

function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}

/** Parses what was pasted into a URL, or says why it is not read. */
function parseAddress(input: string): URL | BinRefusal {
  if (input === '') return refusal('empty', bins.refusals.empty);
  if (/\s/.test(input)) return refusal('not-a-url', bins.refusals.notAUrl);

  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase();
  const schemeLess = scheme === undefined || HOST_AND_PORT.test(input);
  if (!schemeLess && scheme !== 'http' && scheme !== 'https') {
    return refusal('scheme', bins.refusals.scheme(`${scheme}:`));
  }

  let url: URL;
  try {
    url = new URL(schemeLess ? `https://${input}` : input);
  } catch {
    return refusal('not-a-url', bins.refusals.notAUrl);
  }
  // A server on this machine typed without a scheme is a dev server: plain http, not https.
  if (schemeLess && LOOPBACK.test(url.hostname)) url.protocol = 'http:';
  if (url.username !== '' || url.password !== '') {
    return refusal('credentials', bins.refusals.credentials);
  }
  if (schemeLess && !HOST_NAME.test(url.hostname)) {
    return refusal('not-a-url', bins.refusals.notAUrl);
  }
  return url;
}

/** Dashboard fragments: `#!/view/<uuid>/<request>`, `#!/<uuid>`, `#/view/<uuid>`. */
function webhookSiteFromFragment(hash: string): BinTarget | undefined {
  const segments = hash.replace(/^#!?\/?/, '').split('/');
  if (segments[0] === 'view') segments.shift();
  const [token, requestId] = segments;
  if (!isUuid(token)) return undefined;
  return webhookSiteTarget(
    WEBHOOK_SITE_ORIGIN,
    token.toLowerCase(),
    isUuid(requestId) ? requestId.toLowerCase() : undefined,
  );
}

/**
 * The token API (`…/token/<uuid>/requests`, `…/token/<uuid>/request/<id>`) on any origin:
 * webhook.site is open source, so self-hosted instances serve the same API, maybe under a prefix.
 */
function webhookSiteFromTokenApi(url: URL): BinTarget | undefined {
  const segments = url.pathname.split('/');
  const at = segments.findIndex((segment, i) => segment === 'token' && isUuid(segments[i + 1]));
  if (at < 0) return undefined;
  const token = (segments[at + 1] as string).toLowerCase();
  const requestId = segments[at + 2] === 'request' ? segments[at + 3] : undefined;
  const prefix = segments.slice(0, at).join('/');
  return webhookSiteTarget(
    `${url.origin}${prefix}`,
    token,
    isUuid(requestId) ? requestId.toLowerCase() : undefined,
  );
}

function webhookSite(url: URL): BinTarget | BinRefusal | undefined {
  const fromApi = webhookSiteFromTokenApi(url);
  if (fromApi) return fromApi;

  const host = url.hostname;
  if (host.endsWith('.webhook.site')) {
    const subdomain = host.slice(0, -'.webhook.site'.length);
    if (isUuid(subdomain)) return webhookSiteTarget(WEBHOOK_SITE_ORIGIN, subdomain.toLowerCase());
  }
  if (host !== 'webhook.site' && host !== 'www.webhook.site') return undefined;

  // Captured requests may go to any path below the token, so only the first segment counts.
  const first = url.pathname.split('/')[1];
  if (isUuid(first)) return webhookSiteTarget(WEBHOOK_SITE_ORIGIN, first.toLowerCase());
  return (
    webhookSiteFromFragment(url.hash) ??
    refusal('no-token', bins.refusals.noToken(bins.services['webhook-site']))
  );
}

function svixPlay(url: URL): BinTarget | BinRefusal | undefined {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  let token: string | undefined;
  if (url.hostname === 'play.svix.com') {
    token =
      segments[0] === 'in' || segments[0] === 'view' ? segments[1] : url.hash.replace(/^#/, '');
  } else if (url.hostname === 'api.play.svix.com') {
    const at = segments.indexOf('history');
    token = at >= 0 ? segments[at + 1] : undefined;
  } else {
    return undefined;
  }
  return token !== undefined && SVIX_TOKEN.test(token)
    ? svixPlayTarget(token)
    : refusal('no-token', bins.refusals.noToken(bins.services['svix-play']));
}

/** smee.io channels are `https://smee.io/<channel>`; the home page makes new ones. */
function smee(url: URL): BinTarget | BinRefusal | undefined {
  if (url.hostname !== 'smee.io') return undefined;
  const [channel, ...rest] = url.pathname.split('/').filter((segment) => segment !== '');
  return channel !== undefined && rest.length === 0 && SMEE_CHANNEL.test(channel)
    ? smeeTarget(channel)
    : refusal('no-token', bins.refusals.noToken(bins.services.smee));
}

/**
 * Recognises a pasted bin address. Known services get their API; any other http(s) address is
 * read as a JSON document. Anything else is refused with a message, before any request is made.
 */
export function recogniseBinUrl(input: string): BinTarget | BinRefusal {
  const url = parseAddress(input.trim());
  if (!(url instanceof URL)) return url;
  return webhookSite(url) ?? svixPlay(url) ?? smee(url) ?? jsonUrlTarget(url);
}

export function isBinRefusal(value: BinTarget | BinRefusal): value is BinRefusal {
  return value.kind === 'refused-url';
}

/**
 * Whether pasted text is meant as an address rather than a payload: one token with no spaces that
 * does not start like JSON. Such text is read as a bin address (or refused with a reason) instead
 * of being reported as broken JSON.
 */
export function looksLikeAddress(text: string): boolean {
  const t = text.trim();
  if (!/^\S+$/.test(t) || /^(?:true|false|null)$/.test(t)) return false;
  // An IPv4 address starts with a digit like a number does: `127.0.0.1:8080/x.json`.
  return !/^[[{"\d-]/.test(t) || IPV4_START.test(t);
}
