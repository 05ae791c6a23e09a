/**
 * Request bins: services that capture webhooks so a developer can read them (webhook.site, Svix
 * Play), plus any address that serves JSON. Targets and requests are plain data so they can be
 * stored (remembered bins) and posted between extension pages.
 */

import type { HeaderMap } from '../model/http/headers';

export type BinKind = 'webhook-site' | 'svix-play' | 'json-url' | 'smee';

interface TargetCommon {
  /** The only origin this target is read from: the one to ask host permission for. */
  origin: string;
  /** Canonical address of the bin: what to remember and show; recognising it gives this target. */
  url: string;
  /** Short name for the bin, e.g. "webhook.site bin 1f0e2a3b…". */
  label: string;
  /** A request to select once the list is loaded (the pasted link pointed at one request). */
  requestId?: string;
}

export interface WebhookSiteTarget extends TargetCommon {
  kind: 'webhook-site';
  /** The bin's UUID, lower case. */
  token: string;
  /** Where the token API lives: `https://webhook.site`, or a self-hosted origin plus path prefix. */
  apiBase: string;
}

export interface SvixPlayTarget extends TargetCommon {
  kind: 'svix-play';
  /** The inbox token, e.g. `e_94XdF-OwN3EaTKty4izJDWRAH3V`. */
  token: string;
}

export interface JsonUrlTarget extends TargetCommon {
  kind: 'json-url';
}

/** A smee.io channel: live only (server-sent events), it keeps no history to list. */
export interface SmeeTarget extends TargetCommon {
  kind: 'smee';
  /** The channel name, e.g. `aBcDeF12345`. */
  channel: string;
}

export type BinTarget = WebhookSiteTarget | SvixPlayTarget | JsonUrlTarget | SmeeTarget;

export type RefusalReason = 'empty' | 'not-a-url' | 'scheme' | 'credentials' | 'no-token';

/** A pasted address that is not read at all; nothing was requested. */
export interface BinRefusal {
  kind: 'refused-url';
  reason: RefusalReason;
  message: string;
}

/** Why loading failed. `message` is user-visible text from src/strings/bins.ts. */
export type BinError =
  | BinRefusal
  | { kind: 'not-found'; message: string; status: number }
  /** 401/403. `acceptsApiKey`: the UI should offer an API-key field. */
  | {
      kind: 'private';
      message: string;
      status: number;
      acceptsApiKey: boolean;
      keyRejected: boolean;
    }
  | { kind: 'rate-limited'; message: string; retryAfterSeconds?: number }
  | { kind: 'server-error'; message: string; status: number }
  | { kind: 'unexpected-status'; message: string; status: number }
  | { kind: 'timeout'; message: string; timeoutMs: number }
  /** The fetch itself failed: offline, DNS, connection refused (or, in a browser, CORS). */
  | { kind: 'offline'; message: string }
  /** The server answered, then the body stopped short (`expectedBytes`: its Content-Length). */
  | { kind: 'cut-off'; message: string; receivedBytes: number; expectedBytes?: number }
  | { kind: 'not-json'; message: string }
  /** `declaredBytes`: the answer's size, when the server declared it. */
  | { kind: 'too-large'; message: string; maxBytes: number; declaredBytes?: number }
  /** `to` is the other origin; absent when the browser hid where an API-key request was sent. */
  | { kind: 'redirected-elsewhere'; message: string; to?: string }
  /** Redirect after redirect on the bin's own site (followed by hand, with an API key). */
  | { kind: 'too-many-redirects'; message: string }
  /** JSON, but not shaped like the service's API answer. */
  | { kind: 'unexpected-response'; message: string }
  /** The caller's AbortSignal fired. */
  | { kind: 'cancelled'; message: string };

export type BinErrorKind = BinError['kind'];

/** One captured request. */
export interface BinRequest {
  /** Unique within the bin: the service's request id, or the position in a plain JSON document. */
  id: string;
  /** Undefined for items of a plain JSON document, which carry no HTTP method. */
  method?: string;
  /** When the bin received it (epoch ms); undefined when the source has no time. */
  receivedAtMs?: number;
  /** The address the request was sent to (as the bin recorded it). */
  url?: string;
  /** The request body as text: the call payload, or whatever else was sent. */
  bodyText: string;
  contentType?: string;
  /** Every header as the bin recorded it (webhook.site keeps several values per name). */
  headers?: HeaderMap;
  /** Where in the served document the payload sat (`data[3].content`), for a list's item. */
  payloadPath?: string;
  /** The sender's address, as the bin recorded it. */
  ip?: string;
  /** The query string's parameters, as the bin recorded them. */
  query?: Record<string, string>;
  /** The body's size in bytes, as the bin counted it. */
  size?: number;
  /** This request on the bin's own site (http or https only). */
  siteUrl?: string;
  /**
   * Set for a request the size cap kept out (it alone is over it): a row saying so stands in
   * its place. `bytes` is its size when the server declared it.
   */
  tooLarge?: { bytes?: number; maxBytes: number };
}

export type BinPageResult =
  | {
      ok: true;
      /** Newest first when the service records times; plain JSON documents keep their order. */
      requests: BinRequest[];
      /** Pass as `cursor` to load the next (older) page; absent on the last page. */
      nextCursor?: string;
      /** How many requests the bin holds in all, when the service says. */
      total?: number;
      /** Some page was over the size cap on the way: checking the bin is costly for now. */
      overCap?: boolean;
    }
  | { ok: false; error: BinError };

export type BinRequestResult = { ok: true; request: BinRequest } | { ok: false; error: BinError };

export interface LoadOptions {
  fetch: typeof globalThis.fetch;
  /** webhook.site API key for a private bin; sent as `Api-Key`, never logged, never in a message. */
  apiKey?: string;
  /** From a previous page's `nextCursor`. */
  cursor?: string;
  /** Default 15 s; covers the whole answer, body included. */
  timeoutMs?: number;
  /** Default 10 MB. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Clock for `Retry-After` dates; defaults to Date.now. */
  now?: () => number;
  /** Kept by the caller between loads of one bin, see PageSizeMemory. */
  pageSizes?: PageSizeMemory;
}

/**
 * What loading a webhook.site bin learned about its newest requests: the page size that last
 * fitted under the size cap. Checks of the newest page start there instead of first re-reading
 * a page known to be too large. Mutable on purpose: one per open bin.
 */
export interface PageSizeMemory {
  newest?: number;
}
