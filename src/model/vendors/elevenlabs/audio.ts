import { elevenlabsExpected } from '../../../strings/glossary/elevenlabs';
import { type DecodeContext, warnWrongType } from '../../lenient';
import type { InlineAudio } from '../../record';

/**
 * `post_call_audio` `data.full_audio`: the whole call as base64 MP3, often megabytes. The record
 * keeps only where it is and how big it is; the viewer builds a local Blob from that path. The
 * text is never copied (not into Other fields, not into a problem), and not scanned: its size
 * comes from its length and trailing padding alone, so a 10 MB body costs nothing here.
 */
export function readAudio(raw: unknown, path: string, ctx: DecodeContext): InlineAudio | undefined {
  if (typeof raw !== 'string') {
    if (raw !== undefined && raw !== null) {
      warnWrongType(ctx, path, elevenlabsExpected.base64Audio, raw);
      ctx.otherFields.push({ path, value: raw });
    }
    return undefined;
  }
  if (raw.length === 0) return undefined;
  return { path, mime: 'audio/mpeg', bytes: base64Bytes(raw) };
}

/** Decoded size of base64 text: 3 bytes per 4 characters, less one per `=` of padding. */
export function base64Bytes(text: string): number {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}
