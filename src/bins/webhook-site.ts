import { headerMap } from '../model/http/headers';
/**
 * webhook.site token API (also served by self-hosted instances):
 * `GET {apiBase}/token/{uuid}/requests?sorting=newest&per_page=50&page=N` →
 * `{data: [record], total, per_page, current_page, is_last_page, from, to}`, where a record is
 * `{uuid, type, method, url, ip, headers: {name: [values]}, query, content, size, created_at}`.
 * The API's default order is oldest first, so the sorting is always asked for.
 */

import { isPlainObject } from '../model';
import { headerValue, numberField, parseTimestamp, queryMap, stringField } from './record-fields';
import { binSiteUrl } from './targets';
import type { BinRequest, WebhookSiteTarget } from './types';

export const WEBHOOK_SITE_PAGE_SIZE = 50;

export function webhookSitePageUrl(target: WebhookSiteTarget, page: number): string {
  const query = `sorting=newest&per_page=${WEBHOOK_SITE_PAGE_SIZE}&page=${page}`;
  return `${target.apiBase}/token/${target.token}/requests?${query}`;
}

export function webhookSiteRequestUrl(target: WebhookSiteTarget, requestId: string): string {
  return `${target.apiBase}/token/${target.token}/request/${encodeURIComponent(requestId)}`;
}

/** A page cursor is the page number; anything else starts at the first page. */
export function pageFromCursor(cursor: string | undefined): number {
  const page = cursor !== undefined && /^\d{1,6}$/.test(cursor) ? Number(cursor) : 1;
  return Math.max(1, page);
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

export interface ParsedPage {
  requests: BinRequest[];
  nextCursor?: string;
  total?: number;
}

export function parseWebhookSitePage(
  json: unknown,
  target: WebhookSiteTarget,
  page: number,
): ParsedPage | undefined {
  if (!isPlainObject(json) || !Array.isArray(json.data)) return undefined;
  const requests = json.data
    .map((record) => parseWebhookSiteRequest(record, target))
    .filter((request): request is BinRequest => request !== undefined);

  const total = numberField(json, 'total');
  const currentPage = numberField(json, 'current_page') ?? page;
  const perPage = numberField(json, 'per_page') ?? WEBHOOK_SITE_PAGE_SIZE;
  const isLast =
    typeof json.is_last_page === 'boolean'
      ? json.is_last_page
      : total === undefined || currentPage * perPage >= total;
  return {
    requests,
    ...(isLast || json.data.length === 0 ? {} : { nextCursor: String(currentPage + 1) }),
    ...(total === undefined ? {} : { total }),
  };
}
