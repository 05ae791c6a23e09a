import { binErrorFor, unexpectedShape } from './errors';
import { type FetchJsonOptions, fetchJson } from './fetch-capped';
import { parseJsonDocument } from './json-document';
import { parseSvixPlayPage, svixPlayHistoryUrl } from './svix-play';
import type {
  BinPageResult,
  BinRequestResult,
  BinTarget,
  LoadOptions,
  WebhookSiteTarget,
} from './types';
import { parseWebhookSiteRequest, webhookSiteRequestUrl } from './webhook-site';
import { loadWebhookSiteList } from './webhook-site-list';

/** Only webhook.site takes a key; it is sent to nothing else. */
function apiKeyFor(target: BinTarget, options: LoadOptions): string | undefined {
  const key = options.apiKey?.trim();
  return target.kind === 'webhook-site' && key ? key : undefined;
}

async function fetchFor(target: BinTarget, url: string, options: LoadOptions) {
  const apiKey = apiKeyFor(target, options);
  const fetchOptions: FetchJsonOptions = {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    signal: options.signal,
    ...(apiKey === undefined ? {} : { secretHeaders: { 'Api-Key': apiKey } }),
  };
  const result = await fetchJson(url, fetchOptions);
  if (result.ok) return result;
  const error = binErrorFor(result.failure, target, {
    sentApiKey: apiKey !== undefined,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    now: options.now,
  });
  return { ok: false as const, error };
}

/**
 * One page of a bin's captured requests, newest first (webhook.site: up to 50 a page, see
 * webhook-site-list.ts; a plain JSON document is a single page). Never throws: every failure
 * comes back as a worded BinError.
 */
export async function loadBinPage(target: BinTarget, options: LoadOptions): Promise<BinPageResult> {
  switch (target.kind) {
    case 'webhook-site':
      return loadWebhookSiteList(target, options, (url) => fetchFor(target, url, options));
    case 'svix-play': {
      const result = await fetchFor(target, svixPlayHistoryUrl(target, options.cursor), options);
      if (!result.ok) return result;
      const parsed = parseSvixPlayPage(result.json, target);
      return parsed ? { ok: true, ...parsed } : { ok: false, error: unexpectedShape(target) };
    }
    case 'json-url': {
      const result = await fetchFor(target, target.url, options);
      if (!result.ok) return result;
      return { ok: true, requests: parseJsonDocument(result.json, result.text, target) };
    }
    case 'smee':
      // No history to list: requests arrive over the channel's event stream (see smee.ts).
      return { ok: true, requests: [] };
  }
}

/**
 * One webhook.site request by id, e.g. the one a pasted dashboard link pointed at when it is
 * not on the first page. Never throws.
 */
export async function loadWebhookSiteRequest(
  target: WebhookSiteTarget,
  requestId: string,
  options: Omit<LoadOptions, 'cursor'>,
): Promise<BinRequestResult> {
  const result = await fetchFor(target, webhookSiteRequestUrl(target, requestId), options);
  if (!result.ok) return result;
  const request = parseWebhookSiteRequest(result.json, target);
  return request ? { ok: true, request } : { ok: false, error: unexpectedShape(target) };
}
