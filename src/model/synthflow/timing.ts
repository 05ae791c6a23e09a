import { problems } from '../../strings';
import type { Timing } from '../call-record';
import { describeFound, shorten } from '../json/describe';
import { type DecodeContext, warn } from '../lenient';
import { isKnownTimeZone, readMoment } from '../time';

/** start_time, duration and timezone of `call`, with the end derived when both are known. */
export function readTiming(
  call: { start_time?: string | number; duration?: number; timezone?: string },
  ctx: DecodeContext,
): Timing {
  const timing: Timing = { timezoneValid: false };
  const start = call.start_time;
  if (start !== undefined) {
    timing.startRaw = start;
    const moment = readMoment(start);
    const shown = shorten(String(start));
    if (moment === undefined) {
      warn(ctx, {
        path: 'call.start_time',
        expected: problems.expected.dateTime,
        found: describeFound(start),
        message: problems.startTimeUnreadable(shown),
      });
    } else {
      timing.startMs = moment.ms;
      if (moment.offsetMinutes !== undefined) timing.startOffsetMinutes = moment.offsetMinutes;
      if (moment.noOffset) {
        warn(ctx, {
          path: 'call.start_time',
          expected: problems.expected.dateTimeWithOffset,
          found: describeFound(start),
          message: problems.startTimeNoOffset(shown),
        });
      }
    }
  }
  if (call.duration !== undefined) timing.durationSeconds = call.duration;
  if (timing.startMs !== undefined && timing.durationSeconds !== undefined) {
    timing.endMs = timing.startMs + timing.durationSeconds * 1000;
  }
  const zone = call.timezone;
  if (zone !== undefined && zone.trim() !== '') {
    timing.timezone = zone;
    timing.timezoneValid = isKnownTimeZone(zone);
    if (!timing.timezoneValid) {
      warn(ctx, {
        path: 'call.timezone',
        expected: problems.expected.ianaZone,
        found: describeFound(zone),
        message: problems.invalidTimezone(shorten(zone)),
      });
    }
  }
  return timing;
}
