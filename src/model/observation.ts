import { type CallDecodeResult, decodeCallText, decodeCallValue } from './decode-call';
import type { PayloadCandidate } from './extract';
import type { HeaderMap } from './http/headers';

/**
 * One payload as it reached Hookline, whatever the way in: pasted or dropped, a request in a bin,
 * a body seen in DevTools traffic. Every list, card, signature check and replay works from this
 * one shape; the payload is decoded once, when the observation is made, never during render.
 */
export type ObservationSource = 'paste' | 'file' | 'bin' | 'capture';

export interface ObservedRequest {
  method?: string;
  /** The address the request was sent to (a bin's URL, or the inspected page's request URL). */
  url?: string;
  /** Every header, as received (values masked only when shown, see http/headers.ts). */
  headers: HeaderMap;
  query?: Record<string, string>;
  /** The sender's address, as the bin recorded it. */
  ip?: string;
  contentType?: string;
  /** Size of the body in bytes, as the bin counted it. */
  size?: number;
}

export interface Observation {
  /** Unique within its list: the bin's request id, the HAR entry key, or a paste counter. */
  id: string;
  source: ObservationSource;
  /** When the sender's request was received, by the bin's or the browser's own clock (epoch ms). */
  receivedAtMs?: number;
  /** Headers and the rest of the HTTP request; absent for a paste or a file. */
  request?: ObservedRequest;
  /** Capture only: whether the payload was the request's body or the response's. */
  direction?: 'request' | 'response';
  /** The body exactly as received: signatures are over these bytes, replays send them. */
  rawBody: string;
  /** Where in the body the payload sits, when the body held several (`data[3].content`). */
  payloadPath?: string;
  /** This request on the bin's own site (http or https only). */
  siteUrl?: string;
  /**
   * The sender's delivery as the bin named it (a webhook.site request uuid): the same delivery
   * seen twice (a dashboard's list fetched again) is one observation, a retry is another.
   */
  deliveryId?: string;
  result: CallDecodeResult;
}

/**
 * A payload handed from one Hookline page to another ("Open in tab"): the body exactly as
 * received and, when it came in a request, the headers a signature check and a replay need.
 */
export interface HandedPayload {
  rawBody: string;
  request?: Pick<ObservedRequest, 'headers' | 'contentType'>;
}

/** Decodes one extracted payload: the parsed value when there is one, else the text. */
export function decodeCandidate(candidate: PayloadCandidate): CallDecodeResult {
  return candidate.parsed ? decodeCallValue(candidate.value) : decodeCallText(candidate.text);
}
