import { bins } from '../strings/bins';
import type {
  BinTarget,
  JsonUrlTarget,
  SmeeTarget,
  SvixPlayTarget,
  WebhookSiteTarget,
} from './types';

export const WEBHOOK_SITE_ORIGIN = 'https://webhook.site';
export const SVIX_PLAY_SITE = 'https://play.svix.com';
export const SVIX_PLAY_API_ORIGIN = 'https://api.play.svix.com';
export const SMEE_ORIGIN = 'https://smee.io';

const SHORT_TOKEN_LENGTH = 8;
const LABEL_PATH_LENGTH = 48;

function withRequestId<T extends BinTarget>(target: T, requestId: string | undefined): T {
  return requestId === undefined ? target : { ...target, requestId };
}

/** `apiBase` is an origin plus an optional path prefix without a trailing slash. */
export function webhookSiteTarget(
  apiBase: string,
  token: string,
  requestId?: string,
): WebhookSiteTarget {
  const origin = new URL(apiBase).origin;
  const short = token.slice(0, SHORT_TOKEN_LENGTH);
  const hosted = apiBase === WEBHOOK_SITE_ORIGIN;
  return withRequestId(
    {
      kind: 'webhook-site',
      origin,
      apiBase,
      token,
      // Self-hosted instances are remembered by their API address, which recognition maps back.
      url: hosted ? `${WEBHOOK_SITE_ORIGIN}/${token}` : `${apiBase}/token/${token}/requests`,
      label: hosted
        ? bins.labels.webhookSite(short)
        : bins.labels.selfHostedWebhookSite(short, new URL(origin).host),
    },
    requestId,
  );
}

export function svixPlayTarget(token: string): SvixPlayTarget {
  return {
    kind: 'svix-play',
    origin: SVIX_PLAY_API_ORIGIN,
    token,
    url: `${SVIX_PLAY_SITE}/in/${token}/`,
    label: bins.labels.svixPlay(token.slice(0, SHORT_TOKEN_LENGTH)),
  };
}

export function jsonUrlTarget(url: URL): JsonUrlTarget {
  const address = new URL(url.href);
  // The fragment is never sent to the server; dropping it keeps one bin per document.
  address.hash = '';
  const hostAndPath = `${address.host}${address.pathname === '/' ? '' : address.pathname}`;
  return {
    kind: 'json-url',
    origin: address.origin,
    url: address.href,
    label: bins.labels.jsonUrl(
      hostAndPath.length > LABEL_PATH_LENGTH
        ? `${hostAndPath.slice(0, LABEL_PATH_LENGTH - 1)}…`
        : hostAndPath,
    ),
  };
}

export function smeeTarget(channel: string): SmeeTarget {
  return {
    kind: 'smee',
    origin: SMEE_ORIGIN,
    channel,
    url: `${SMEE_ORIGIN}/${channel}`,
    label: bins.labels.smee(channel),
  };
}

/** The bin (or one of its requests) on the bin's own site, for an "open on …" link. */
export function binSiteUrl(target: BinTarget, requestId?: string): string {
  switch (target.kind) {
    case 'webhook-site': {
      const view = `${target.apiBase}/#!/view/${target.token}`;
      return requestId === undefined ? view : `${view}/${encodeURIComponent(requestId)}`;
    }
    case 'svix-play':
      return `${SVIX_PLAY_SITE}/view/${target.token}/`;
    case 'json-url':
    case 'smee':
      return target.url;
  }
}
