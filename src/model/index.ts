/**
 * The decoding core: untrusted text or JSON in, a vendor-neutral CallRecord (or precise
 * problems) out. Pure TypeScript: no DOM, no browser API.
 */

export { type BinRecordBody, isBinRecord, unwrapBinRecord } from './bin-record';
export type * from './call-record';
export { actionTypeInfo, endReasonInfo, statusInfo } from './codes';
export { DEFAULT_MAX_CHARS, type DecodeOptions, decode, decodeJson } from './decode';
export { detect } from './detect';
export { isPlainObject } from './lenient';
export { formatDuration } from './time';
export { parseTranscript } from './transcript';
