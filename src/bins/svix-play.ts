/**
 * Svix Play history: `GET https://api.play.svix.com/api/v1/history/{token}/?iterator=…` →
 * `{iterator, data: [{id, url, method, created_at, body, headers: {name: value}}]}`.
 * `body` is the raw body in base64; `created_at` is ISO 8601 with a zone.
 */

import { isPlainObject } from '../model';
import { headerMap } from '../model/http/headers';
import { newestFirst } from './merge';
import { headerValue, parseTimestamp, stringField } from './record-fields';
import { binSiteUrl } from './targets';
import type { BinRequest, SvixPlayTarget } from './types';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function svixPlayHistoryUrl(target: SvixPlayTarget, cursor: string | undefined): string {
  const base = `${target.origin}/api/v1/history/${target.token}/`;
  return cursor === undefined ? base : `${base}?iterator=${encodeURIComponent(cursor)}`;
}

/** Bodies are base64; text that is not base64 (older answers) is kept as it came. */
function decodeBody(body: string): string {
  if (!BASE64.test(body)) return body;
  try {
    const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return body;
  }
}

function parseEvent(event: unknown, target: SvixPlayTarget): BinRequest | undefined {
  if (!isPlainObject(event)) return undefined;
  const id = stringField(event, 'id');
  if (id === undefined) return undefined;
  return {
    id,
    method: stringField(event, 'method'),
    receivedAtMs: parseTimestamp(stringField(event, 'created_at')),
    url: stringField(event, 'url'),
    bodyText: decodeBody(stringField(event, 'body') ?? ''),
    contentType: headerValue(event.headers, 'content-type'),
    headers: headerMap(event.headers),
    siteUrl: binSiteUrl(target, id),
  };
}

export interface ParsedPage {
  requests: BinRequest[];
  nextCursor?: string;
}

export function parseSvixPlayPage(json: unknown, target: SvixPlayTarget): ParsedPage | undefined {
  if (!isPlainObject(json) || !Array.isArray(json.data)) return undefined;
  const requests = json.data
    .map((event) => parseEvent(event, target))
    .filter((request): request is BinRequest => request !== undefined);
  const iterator = stringField(json, 'iterator');
  const more = iterator !== undefined && json.done !== true && requests.length > 0;
  // The history's order is not documented; the list is newest first either way.
  return { requests: newestFirst(requests), ...(more ? { nextCursor: iterator } : {}) };
}
