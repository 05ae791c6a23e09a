import type { Timing } from '../call-record';
import type { DecodeContext } from '../lenient';
import { readStart, readTimezone } from '../vendors/synthflow/timing';

/**
 * start_time, duration and timezone of `call` for the old card, with the end derived when both
 * are known; the readers live in vendors/synthflow/timing.ts.
 */
export function readTiming(
  call: { start_time?: string | number; duration?: number; timezone?: string },
  ctx: DecodeContext,
): Timing {
  const timing: Timing = readTimezone(call.timezone, 'call.timezone', ctx);
  if (call.start_time !== undefined) timing.startRaw = call.start_time;
  const start = readStart(call.start_time, 'call.start_time', ctx);
  if (start !== undefined) {
    timing.startMs = start.ms;
    if (start.offsetMinutes !== undefined) timing.startOffsetMinutes = start.offsetMinutes;
  }
  if (call.duration !== undefined) timing.durationSeconds = call.duration;
  if (timing.startMs !== undefined && timing.durationSeconds !== undefined) {
    timing.endMs = timing.startMs + timing.durationSeconds * 1000;
  }
  return timing;
}
