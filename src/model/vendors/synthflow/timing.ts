import { problems } from '../../../strings';
import { describeFound, shorten } from '../../json/describe';
import { type DecodeContext, warn } from '../../lenient';
import type { Moment, Note, Outcome, OutcomeCategory, Timing } from '../../record';
import { isKnownTimeZone, readMoment } from '../../time';

/**
 * The call's start: ISO-8601 with an offset in the webhook, epoch ms as text in the calls API.
 * ISO text without an offset is read as UTC, with a warning: it may be hours off.
 */
export function readStart(
  raw: string | number | undefined,
  path: string,
  ctx: DecodeContext,
): Moment | undefined {
  if (raw === undefined || raw === '') return undefined;
  const read = readMoment(raw);
  const shown = shorten(String(raw));
  if (read === undefined) {
    warn(ctx, {
      path,
      expected: problems.expected.dateTime,
      found: describeFound(raw),
      message: problems.startTimeUnreadable(shown, path),
    });
    ctx.otherFields.push({ path, value: raw });
    return undefined;
  }
  if (read.noOffset) {
    warn(ctx, {
      path,
      expected: problems.expected.dateTimeWithOffset,
      found: describeFound(raw),
      message: problems.startTimeNoOffset(shown, path),
    });
  }
  return read.offsetMinutes === undefined
    ? { ms: read.ms, raw, path }
    : { ms: read.ms, raw, path, offsetMinutes: read.offsetMinutes };
}

/** The IANA zone the call ran in; kept even when this browser does not know it (with a warning). */
export function readTimezone(
  zone: string | undefined,
  path: string,
  ctx: DecodeContext,
): Pick<Timing, 'timezone' | 'timezoneValid'> {
  if (zone === undefined || zone.trim() === '') return { timezoneValid: false };
  const timezoneValid = isKnownTimeZone(zone);
  if (!timezoneValid) {
    warn(ctx, {
      path,
      expected: problems.expected.ianaZone,
      found: describeFound(zone),
      message: problems.invalidTimezone(shorten(zone), path),
    });
  }
  return { timezone: zone, timezoneValid };
}

const NEVER_CONNECTED: ReadonlySet<OutcomeCategory> = new Set([
  'not-connected',
  'busy',
  'no-answer',
  'error',
]);

/**
 * A call that never connected (or failed to start) is sent with `duration: 0`: that is not a
 * call that lasted 0:00, so no duration is shown; the raw value stays under Other fields and a
 * note says why none is shown.
 */
export function dropNeverConnectedZero(
  timing: Timing,
  outcome: Outcome,
  notes: Note[],
  ctx: DecodeContext,
): void {
  const length = timing.duration;
  if (length === undefined || length.seconds !== 0 || !NEVER_CONNECTED.has(outcome.category))
    return;
  delete timing.duration;
  ctx.otherFields.push({ path: length.path, value: length.raw });
  notes.push({
    kind: 'synthflow.never-connected-duration',
    path: length.path,
    values: { path: length.path },
  });
}
