import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { Note, Role, Transcript, Turn } from '../../record';
import { numberOf } from '../read';

/**
 * `post_transfer_transcript` (limited rollout; post-call-webhooks.mdx "Post-Transfer
 * Transcript"): the conversation after the call was handed to a human, as segments
 * `{start, end, speaker, speaker_label, text, confidence}` timed from the start of the
 * transferred conversation. `transfer_offset_seconds` is when the transfer happened, so a
 * segment's offset in the call is the two added. The turns follow the main transcript, and a
 * note says where they came from.
 */
const SPEAKERS: Readonly<Record<string, Role>> = {
  representative: 'transfer-target',
  user: 'caller',
};

const SEGMENT_KEYS = new Set(['start', 'speaker_label', 'text']);

export function appendPostTransfer(
  transcript: Transcript,
  segments: unknown[] | undefined,
  transferOffset: unknown,
  ctx: DecodeContext,
): Note | undefined {
  const offset = readOffset(transferOffset, ctx);
  if (segments === undefined || segments.length === 0) {
    if (segments !== undefined)
      ctx.otherFields.push({ path: 'post_transfer_transcript', value: [] });
    if (offset !== undefined)
      ctx.otherFields.push({ path: 'transfer_offset_seconds', value: offset });
    return undefined;
  }
  segments.forEach((segment, index) => {
    transcript.turns.push(
      turnOf(segment, childPath('post_transfer_transcript', index), offset, ctx),
    );
  });
  if (transcript.state !== 'present') {
    transcript.state = 'present';
    transcript.path = 'post_transfer_transcript';
  }
  return { kind: 'bland.post-transfer-transcript', path: 'post_transfer_transcript' };
}

function readOffset(raw: unknown, ctx: DecodeContext): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const seconds = numberOf(raw);
  if (seconds === undefined || seconds < 0) {
    warnWrongType(ctx, 'transfer_offset_seconds', problems.expected.seconds, raw);
    ctx.otherFields.push({ path: 'transfer_offset_seconds', value: raw });
    return undefined;
  }
  return seconds;
}

function turnOf(
  segment: unknown,
  path: string,
  offset: number | undefined,
  ctx: DecodeContext,
): Turn {
  if (!isPlainObject(segment)) {
    ctx.otherFields.push({ path, value: segment });
    return { role: 'unknown', label: '', text: '' };
  }
  const label = typeof segment.speaker_label === 'string' ? segment.speaker_label : '';
  const role = Object.hasOwn(SPEAKERS, label) ? (SPEAKERS[label] as Role) : 'unknown';
  const turn: Turn = { role, label, text: typeof segment.text === 'string' ? segment.text : '' };
  const start = numberOf(segment.start);
  if (offset !== undefined && start !== undefined) turn.offsetSeconds = offset + start;
  for (const key of Object.keys(segment)) {
    if (!SEGMENT_KEYS.has(key))
      ctx.otherFields.push({ path: childPath(path, key), value: segment[key] });
  }
  return turn;
}
