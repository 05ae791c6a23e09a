/**
 * Bins: recognise a pasted request-bin address and read its captured requests. Pure TS; the
 * caller injects fetch (and asks for host permission for `target.origin` first).
 */
export { retryAfterSeconds } from './errors';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './fetch-capped';
export { loadBinPage, loadWebhookSiteRequest } from './load-page';
export { mergeBinRequests } from './merge';
export { isBinRefusal, looksLikeAddress, recogniseBinUrl } from './recognise-url';
export { binSiteUrl } from './targets';
export type {
  BinError,
  BinErrorKind,
  BinKind,
  BinPageResult,
  BinRefusal,
  BinRequest,
  BinRequestResult,
  BinTarget,
  JsonUrlTarget,
  LoadOptions,
  PageSizeMemory,
  RefusalReason,
  SvixPlayTarget,
  WebhookSiteTarget,
} from './types';
