import { headerMap } from '../model/http/headers';
/**
 * webhook.site token API (also served by self-hosted instances):
 * `GET {apiBase}/token/{uuid}/requests?sorting=newest&per_page=N&page=N` →
 * `{data: [record], total, per_page, current_page, is_last_page, from, to}`, where a record is
 * `{uuid, type, method, url, ip, headers: {name: [values]}, query, content, size, created_at}`.
 * The API's default order is oldest first, so the sorting is always asked for.
 */

import { isPlainObject } from '../model';
import { headerValue, numberField, parseTimestamp, queryMap, stringField } from './record-fields';
import { binSiteUrl } from './targets';
import type { BinRequest, WebhookSiteTarget } from './types';

export function webhookSitePageUrl(
  target: WebhookSiteTarget,
  page: number,
  perPage: number,
): string {
  const query = `sorting=newest&per_page=${perPage}&page=${page}`;
  return `${target.apiBase}/token/${target.token}/requests?${query}`;
}

export function webhookSiteRequestUrl(target: WebhookSiteTarget, requestId: string): string {
  return `${target.apiBase}/token/${target.token}/request/${encodeURIComponent(requestId)}`;
}

/** The body webhook.site captured; `content` is the raw body string, absent on some GETs. */
export function requestFromRecord(
  record: Record<string, unknown>,
  id: string,
  siteUrl: string | undefined,
): BinRequest {
  return {
    id,
    method: stringField(record, 'method'),
    receivedAtMs: parseTimestamp(stringField(record, 'created_at')),
    url: stringField(record, 'url'),
    bodyText: stringField(record, 'content') ?? '',
    contentType: headerValue(record.headers, 'content-type'),
    headers: headerMap(record.headers),
    ip: stringField(record, 'ip'),
    query: queryMap(record.query),
    size: numberField(record, 'size'),
    siteUrl,
  };
}

export function parseWebhookSiteRequest(
  json: unknown,
  target: WebhookSiteTarget,
): BinRequest | undefined {
  if (!isPlainObject(json)) return undefined;
  const id = stringField(json, 'uuid');
  return id === undefined ? undefined : requestFromRecord(json, id, binSiteUrl(target, id));
}

export interface WebhookSitePage {
  requests: BinRequest[];
  /** No older requests after this page. */
  isLast: boolean;
  total?: number;
}

export function parseWebhookSitePage(
  json: unknown,
  target: WebhookSiteTarget,
  page: number,
  perPage: number,
): WebhookSitePage | undefined {
  if (!isPlainObject(json) || !Array.isArray(json.data)) return undefined;
  const requests = json.data
    .map((record) => parseWebhookSiteRequest(record, target))
    .filter((request): request is BinRequest => request !== undefined);

  const total = numberField(json, 'total');
  const currentPage = numberField(json, 'current_page') ?? page;
  const isLast =
    json.data.length === 0 ||
    (typeof json.is_last_page === 'boolean'
      ? json.is_last_page
      : total === undefined || currentPage * perPage >= total);
  return { requests, isLast, ...(total === undefined ? {} : { total }) };
}
