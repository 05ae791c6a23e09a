import { problems } from '../../strings';
import { describeFound, shorten } from '../json/describe';
import { type DecodeContext, warn } from '../lenient';
import type { Code, Duration, Moment, Recording, ToolCall, Turn } from '../record';
import { readMoment } from '../time';

/**
 * Small readers every platform's decoder shares: they turn one sent value into the record's
 * shape with its JSON path, and warn (never throw) when the value is not what the field holds.
 */

/** A raw code with its path; blank text counts as absent. */
export function code(raw: unknown, path: string): Code | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return { raw, path };
}

/** A date-time (ISO text, or epoch ms/s as a number or numeric text), with its path. */
export function moment(raw: unknown, path: string, ctx: DecodeContext): Moment | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const read = typeof raw === 'string' || typeof raw === 'number' ? readMoment(raw) : undefined;
  if (read === undefined) {
    warn(ctx, {
      path,
      expected: problems.expected.dateTime,
      found: describeFound(raw),
      message: problems.badTime(path, describeFound(raw)),
    });
    ctx.otherFields.push({ path, value: raw });
    return undefined;
  }
  const value = raw as string | number;
  return read.offsetMinutes === undefined
    ? { ms: read.ms, raw: value, path }
    : { ms: read.ms, raw: value, path, offsetMinutes: read.offsetMinutes };
}

/** Epoch time in a known unit (ElevenLabs unix seconds, Retell ms), no guessing by size. */
export function epoch(
  raw: unknown,
  unit: 'ms' | 's',
  path: string,
  ctx: DecodeContext,
): Moment | undefined {
  if (raw === undefined || raw === null) return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || (typeof raw === 'string' && raw.trim() === '')) {
    warn(ctx, {
      path,
      expected: problems.expected.dateTime,
      found: describeFound(raw),
      message: problems.badTime(path, describeFound(raw)),
    });
    ctx.otherFields.push({ path, value: raw });
    return undefined;
  }
  return { ms: unit === 's' ? n * 1000 : n, raw: raw as string | number, path };
}

/** A duration sent in `unit` (a number or numeric text), normalised to seconds. */
export function duration(
  raw: unknown,
  unit: Duration['unit'],
  path: string,
  ctx: DecodeContext,
): Duration | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || n < 0 || (typeof raw === 'string' && raw.trim() === '')) {
    warn(ctx, {
      path,
      expected: problems.expected.duration(unit),
      found: describeFound(raw),
      message: problems.badDuration(path, describeFound(raw)),
    });
    ctx.otherFields.push({ path, value: raw });
    return undefined;
  }
  // Divide for ms rather than multiply by 0.001: 2300 ms must read 2.3 s, not 2.3000000000000003.
  // Minutes come as long floats (Bland's 3.26666666666667): rounded to the millisecond, they
  // read 196 s rather than 196.0000000000002.
  const seconds = unit === 'ms' ? n / 1000 : unit === 'min' ? Math.round(n * 60_000) / 1000 : n;
  return { seconds, raw: raw as string | number, path, unit };
}

/**
 * A recording link. Only http(s) URLs without credentials may become links or players; any
 * other value is kept as text, with a warning.
 */
export function recording(
  kind: string,
  raw: unknown,
  path: string,
  ctx: DecodeContext,
): Recording | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const safe = isSafeHttpUrl(raw);
  if (!safe) {
    warn(ctx, {
      path,
      expected: problems.expected.httpUrl,
      found: describeFound(raw),
      message: problems.unsafeRecordingUrl(shorten(raw)),
    });
  }
  return { kind, url: raw, safe, path };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text.trim());
  } catch {
    return undefined;
  }
}

/** A URL carrying `user:password@`: opening it would hand them to the site. */
export function hasUrlCredentials(text: string): boolean {
  const url = parseUrl(text);
  return url !== undefined && (url.username !== '' || url.password !== '');
}

export function isSafeHttpUrl(text: string): boolean {
  const url = parseUrl(text);
  return (
    url !== undefined &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !hasUrlCredentials(text)
  );
}

/** A finite number, or a numeric string; anything else is undefined. */
export function numberOf(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Text as sent; a non-text value (an object where text belongs) is shown as its JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The transcript turn where tool call number `index` ran, at the call's own offset. */
export function toolTurn(call: ToolCall, label: string, index: number): Turn {
  const turn: Turn = { role: 'tool', label, text: call.name, toolCall: index };
  if (call.offsetSeconds !== undefined) turn.offsetSeconds = call.offsetSeconds;
  return turn;
}
