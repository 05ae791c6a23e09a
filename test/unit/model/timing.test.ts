import { describe, expect, it } from 'vitest';
import { decodeJson, formatDuration } from '../../../src/model';
import { callOf, seedWith, warningsAt } from './helpers';

function timingOf(call: Record<string, unknown>) {
  const result = decodeJson(
    seedWith((p) => {
      Object.assign(p.call, call);
    }),
  );
  return { timing: result.call?.timing, result };
}

describe('call timing', () => {
  it('reads an ISO start time with offset and microseconds, and derives the end', () => {
    const { timing } = timingOf({});
    expect(timing).toMatchObject({
      startRaw: '2024-03-28T18:17:46.205134+01:00',
      startMs: Date.UTC(2024, 2, 28, 17, 17, 46, 205),
      startOffsetMinutes: 60,
      durationSeconds: 32,
      endMs: Date.UTC(2024, 2, 28, 17, 18, 18, 205),
    });
  });

  it('reads a start time in UTC written with Z', () => {
    expect(timingOf({ start_time: '2025-02-03T16:05:59Z' }).timing).toMatchObject({
      startMs: Date.UTC(2025, 1, 3, 16, 5, 59),
      startOffsetMinutes: 0,
    });
  });

  it('reads a negative offset', () => {
    expect(timingOf({ start_time: '2025-02-03T10:05:59-06:00' }).timing?.startMs).toBe(
      Date.UTC(2025, 1, 3, 16, 5, 59),
    );
  });

  it('reads epoch milliseconds sent as a string, as the list API does', () => {
    expect(timingOf({ start_time: '1718026332912' }).timing).toMatchObject({
      startRaw: '1718026332912',
      startMs: 1718026332912,
    });
  });

  it('reads epoch milliseconds and epoch seconds sent as numbers, by their size', () => {
    expect(timingOf({ start_time: 1718026332912 }).timing?.startMs).toBe(1718026332912);
    expect(timingOf({ start_time: 1718026332 }).timing?.startMs).toBe(1718026332000);
    expect(timingOf({ start_time: '1718026332' }).timing?.startMs).toBe(1718026332000);
  });

  it('reads a start time without offset as UTC and warns that it may be off', () => {
    const { timing, result } = timingOf({ start_time: '2024-03-28 18:40:02' });
    expect(timing?.startMs).toBe(Date.UTC(2024, 2, 28, 18, 40, 2));
    expect(warningsAt(result, 'call.start_time')[0]?.message).toContain('has no UTC offset');
  });

  it('keeps an unreadable start time as sent, with a warning', () => {
    const { timing, result } = timingOf({ start_time: 'last Tuesday' });
    expect(timing?.startRaw).toBe('last Tuesday');
    expect(timing?.startMs).toBeUndefined();
    expect(timing?.endMs).toBeUndefined();
    expect(warningsAt(result, 'call.start_time')[0]?.message).toBe(
      'call.start_time "last Tuesday" could not be read as a date and time; it is shown as sent.',
    );
  });

  it('rejects impossible dates rather than rolling them over', () => {
    expect(timingOf({ start_time: '2025-02-30T10:00:00Z' }).timing?.startMs).toBeUndefined();
    expect(timingOf({ start_time: '2025-01-01T25:00:00Z' }).timing?.startMs).toBeUndefined();
  });

  it('reads a duration sent as a numeric string, as the list API does', () => {
    expect(timingOf({ duration: '25' }).timing?.durationSeconds).toBe(25);
  });

  it('warns about a duration that is not a number of seconds and keeps it under other fields', () => {
    for (const duration of ['abc', -3, true]) {
      const { timing, result } = timingOf({ duration });
      expect(timing?.durationSeconds).toBeUndefined();
      expect(warningsAt(result, 'call.duration')[0]?.expected).toBe(
        'a number of seconds (0 or more)',
      );
      expect(result.call?.otherFields).toContainEqual({ path: 'call.duration', value: duration });
    }
  });

  it('accepts a known IANA time zone', () => {
    const { timing, result } = timingOf({ timezone: 'America/Chicago' });
    expect(timing).toMatchObject({ timezone: 'America/Chicago', timezoneValid: true });
    expect(result.problems).toEqual([]);
  });

  it('keeps an unknown time zone with a warning', () => {
    const { timing, result } = timingOf({ timezone: 'Mars/Olympus_Mons' });
    expect(timing).toMatchObject({ timezone: 'Mars/Olympus_Mons', timezoneValid: false });
    expect(warningsAt(result, 'call.timezone')[0]?.message).toBe(
      'call.timezone "Mars/Olympus_Mons" is not a time zone this browser knows; it is shown as sent.',
    );
  });

  it('has no end time when the duration is missing', () => {
    const call = callOf(
      seedWith((p) => {
        delete p.call.duration;
      }),
    );
    expect(call.timing.endMs).toBeUndefined();
    expect(call.timing.startMs).toBeDefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [32, '0:32'],
    [125, '2:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000, '10:00:00'],
    [24.6, '0:25'],
  ])('writes %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('writes impossible durations as 0:00', () => {
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});
