import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { Recording } from '../../record';
import { recording } from '../read';

/**
 * Where Vapi puts recording links, by key, and the kind each is. `artifact` (preferred) and the
 * message level (legacy copies) hold the same keys; `recording` nests `{stereoUrl, videoUrl,
 * mono: {combinedUrl, assistantUrl, customerUrl}}`. Presigned links (2026) expire at
 * `presignedUrlsExpiresAt`.
 */
const KINDS: Readonly<Record<string, string>> = {
  recordingUrl: 'mono',
  stereoRecordingUrl: 'stereo',
  videoRecordingUrl: 'video',
  pcapUrl: 'pcap',
  logUrl: 'log',
  presignedMonoUrl: 'presigned-mono',
  presignedStereoUrl: 'presigned-stereo',
  presignedVideoUrl: 'presigned-video',
  presignedAssistantUrl: 'presigned-assistant',
  presignedCustomerUrl: 'presigned-customer',
  presignedPcapUrl: 'presigned-pcap',
  presignedLogUrl: 'presigned-log',
  stereoUrl: 'stereo',
  videoUrl: 'video',
  combinedUrl: 'mono',
  assistantUrl: 'assistant',
  customerUrl: 'customer',
};

/** Top-level keys of artifact and message that this module reads (and keeps when it cannot). */
export const RECORDING_KEYS: ReadonlySet<string> = new Set([
  'recordingUrl',
  'stereoRecordingUrl',
  'videoRecordingUrl',
  'pcapUrl',
  'logUrl',
  'presignedMonoUrl',
  'presignedStereoUrl',
  'presignedVideoUrl',
  'presignedAssistantUrl',
  'presignedCustomerUrl',
  'presignedPcapUrl',
  'presignedLogUrl',
  'recording',
]);

interface Reading {
  out: Recording[];
  seen: Set<string>;
  ctx: DecodeContext;
}

/** Each link once: a URL already listed (the same file under another key) stays in Other fields. */
export function readRecordings(
  sources: Array<{ value: Record<string, unknown>; path: string }>,
  ctx: DecodeContext,
): Recording[] {
  const read: Reading = { out: [], seen: new Set(), ctx };
  for (const { value, path } of sources) {
    for (const key of Object.keys(value)) {
      if (RECORDING_KEYS.has(key)) readKey(value, key, path, read);
    }
  }
  return read.out;
}

function readKey(
  parent: Record<string, unknown>,
  key: string,
  parentPath: string,
  read: Reading,
): void {
  const value = parent[key];
  const path = childPath(parentPath, key);
  if (value === null || value === undefined || value === '') return;
  const nested = key === 'recording' || key === 'mono';
  if (nested && isPlainObject(value)) {
    for (const inner of Object.keys(value)) readKey(value, inner, path, read);
    return;
  }
  const kind = Object.hasOwn(KINDS, key) ? KINDS[key] : undefined;
  if (kind === undefined || typeof value !== 'string') {
    if (kind !== undefined || nested) {
      const expected = nested ? problems.expected.object : problems.expected.httpUrl;
      warnWrongType(read.ctx, path, expected, value);
    }
    read.ctx.otherFields.push({ path, value });
    return;
  }
  if (read.seen.has(value)) {
    read.ctx.otherFields.push({ path, value });
    return;
  }
  const link = recording(kind, value, path, read.ctx);
  if (link === undefined) {
    read.ctx.otherFields.push({ path, value });
    return;
  }
  read.seen.add(value);
  read.out.push(link);
}
