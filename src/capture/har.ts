/**
 * The part of a HAR 1.2 entry that Chrome and Firefox hand to `devtools.network` listeners and
 * list in `getHAR().entries`: enough to find call payloads and say where they came from.
 */

import { type HeaderMap, harHeaderMap } from '../model/http/headers';
import { isPlainObject } from '../model/lenient';

export interface HarEntry {
  /** ISO date the request started; with method and URL, what backfill and live events share. */
  startedDateTime: string;
  /** Total time of the request in ms. */
  time: number;
  request: {
    method: string;
    url: string;
    /** The request's headers, for a signature check on a webhook the page sent. */
    headers?: HeaderMap;
    postData?: { mimeType?: string; text?: string };
  };
  response: {
    status: number;
    content: {
      mimeType?: string;
      /** Body size in bytes; -1 or 0 when the browser does not know it. */
      size?: number;
      /** Only present when the HAR holds the body inline (Firefox's getHAR, hand-made entries). */
      text?: string;
      encoding?: string;
    };
  };
}

/**
 * The response body and, second, Chrome's encoding ("base64" for binary, "" for text). Firefox
 * gives the MIME type there instead; only "base64" is acted on, so both read the same.
 */
export type BodyContent = readonly [content: string | null | undefined, encoding?: string | null];

/** A finished request, with a way to read its response body when the HAR does not hold it. */
export interface NetworkEntry extends HarEntry {
  getContent?: () => Promise<BodyContent>;
}

/** Where captured traffic comes from: the browser's DevTools, or a fake one in tests. */
export interface NetworkSource {
  /** Calls `listener` for each request that finishes from now on; returns a function to stop. */
  onRequestFinished(listener: (entry: NetworkEntry) => void): () => void;
  /** The requests that finished before the panel opened (the backfill). */
  getHAR(): Promise<NetworkEntry[]>;
  /** Calls `listener` when the inspected page navigates; returns a function to stop. */
  onNavigated(listener: (url: string) => void): () => void;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Reads the fields capture needs from a browser's HAR entry, or undefined when the entry lacks a
 * method and URL. Browsers differ in what they leave out (Firefox omits postData on some
 * requests, Chrome omits content.text always), so every other field is optional.
 */
export function readHarEntry(raw: unknown): HarEntry | undefined {
  if (!isPlainObject(raw) || !isPlainObject(raw.request)) return undefined;
  const { method, url, postData, headers } = raw.request;
  if (typeof method !== 'string' || typeof url !== 'string') return undefined;
  const response = isPlainObject(raw.response) ? raw.response : {};
  const content = isPlainObject(response.content) ? response.content : {};
  return {
    startedDateTime: optionalString(raw.startedDateTime) ?? '',
    time: optionalNumber(raw.time) ?? 0,
    request: {
      method,
      url,
      ...(Array.isArray(headers) && { headers: harHeaderMap(headers) }),
      ...(isPlainObject(postData) && {
        postData: {
          mimeType: optionalString(postData.mimeType),
          text: optionalString(postData.text),
        },
      }),
    },
    response: {
      status: optionalNumber(response.status) ?? 0,
      content: {
        mimeType: optionalString(content.mimeType),
        size: optionalNumber(content.size),
        text: optionalString(content.text),
        encoding: optionalString(content.encoding),
      },
    },
  };
}
