/**
 * The decoding core: untrusted text or JSON in, a vendor-neutral CallRecord (or precise
 * problems) out. Pure TypeScript: no DOM, no browser API.
 */

export { type BinRecordBody, isBinRecord, unwrapBinRecord } from './bin-record';
export type * from './call-record';
export {
  type CallDecodeOptions,
  type CallDecodeResult,
  decodeCallText,
  decodeCallValue,
} from './decode-call';
export { DEFAULT_MAX_CHARS } from './json/read-json-text';
export { isPlainObject } from './lenient';
export type * from './record';
export { formatDuration } from './time';
export { parseTranscript } from './transcript';
