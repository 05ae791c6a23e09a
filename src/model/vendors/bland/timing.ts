import type { DecodeContext } from '../../lenient';
import type { Duration, Note, Timing } from '../../record';
import { formatDuration } from '../../time';
import { duration, moment } from '../read';

/** The time fields of a Bland call, as read by readFields (unknown until checked here). */
export interface TimeFields {
  started_at?: unknown;
  created_at?: unknown;
  end_at?: unknown;
  call_length?: unknown;
  corrected_duration?: unknown;
  pre_transfer_duration?: unknown;
  post_transfer_duration?: unknown;
}

export interface TimingRead {
  timing: Timing;
  notes: Note[];
}

/**
 * Bland's durations are in two units (vendor-formats.md §3, "Timing/cost units"):
 * `call_length`, `pre_transfer_duration`, `post_transfer_duration` are minutes (floats);
 * `corrected_duration` is seconds as text ("196"). Integrators mix them up (2023 docs called
 * call_length seconds), so each stays with its field and unit. `call_length` is the call's
 * duration (what Bland bills); `corrected_duration` stands in when it is missing (a call still
 * going has none). Lengths that disagree by more than a second get a note. A call that never
 * connected sends `call_length: 0`: no duration is shown for it.
 */
const AGREE_WITHIN_SECONDS = 1;

export function readTiming(f: TimeFields, neverConnected: boolean, ctx: DecodeContext): TimingRead {
  const timing: Timing = { timezoneValid: true };
  const notes: Note[] = [];
  // started_at is when the call connected; created_at (the request) only when it is missing.
  const start = moment(f.started_at, 'started_at', ctx);
  const created = moment(f.created_at, 'created_at', ctx);
  if (start !== undefined) timing.start = start;
  else if (created !== undefined) timing.start = created;
  if (start !== undefined && created !== undefined) {
    ctx.otherFields.push({ path: 'created_at', value: f.created_at });
  }
  // Documented as the planned end (max_duration), but webhooks carry the real end (quirk 3).
  const end = moment(f.end_at, 'end_at', ctx);
  if (end !== undefined) timing.end = end;

  const length = duration(f.call_length, 'min', 'call_length', ctx);
  const corrected = duration(f.corrected_duration, 's', 'corrected_duration', ctx);
  const shown = length ?? corrected;
  if (shown !== undefined && neverConnected && shown.seconds === 0) {
    // Not a call that lasted 0:00: nobody answered. Kept as sent, with a note saying why.
    for (const part of [length, corrected]) {
      if (part !== undefined) ctx.otherFields.push({ path: part.path, value: part.raw });
    }
    notes.push({
      kind: 'bland.never-connected-duration',
      path: shown.path,
      values: { path: shown.path },
    });
  } else if (shown !== undefined) {
    timing.duration = shown;
    if (length !== undefined && corrected !== undefined) {
      ctx.otherFields.push({ path: corrected.path, value: corrected.raw });
      if (Math.abs(length.seconds - corrected.seconds) > AGREE_WITHIN_SECONDS) {
        notes.push(disagree(length, corrected));
      }
    }
  }
  const before = duration(f.pre_transfer_duration, 'min', 'pre_transfer_duration', ctx);
  const after = duration(f.post_transfer_duration, 'min', 'post_transfer_duration', ctx);
  for (const part of [before, after]) {
    if (part !== undefined) ctx.otherFields.push({ path: part.path, value: part.raw });
  }
  if (before !== undefined || after !== undefined) notes.push(transferTiming(before, after));
  return { timing, notes };
}

function disagree(length: Duration, corrected: Duration): Note {
  return {
    kind: 'bland.durations-disagree',
    path: corrected.path,
    values: {
      lengthRaw: String(length.raw),
      lengthShown: formatDuration(length.seconds),
      correctedRaw: String(corrected.raw),
      correctedShown: formatDuration(corrected.seconds),
    },
  };
}

/** Where the call was handed over and how long after it the call went on, as m:ss. */
function transferTiming(before: Duration | undefined, after: Duration | undefined): Note {
  const values: Record<string, string> = {};
  if (before !== undefined) values.before = formatDuration(before.seconds);
  if (after !== undefined) values.after = formatDuration(after.seconds);
  return { kind: 'bland.transfer-timing', path: (before ?? after)?.path ?? '', values };
}
