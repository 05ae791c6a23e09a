/**
 * Times as vendors send them: ISO-8601 with an offset (webhook), epoch milliseconds as a string
 * (list API), or epoch seconds. Parsed by hand rather than with Date.parse, whose handling of
 * microsecond fractions and missing offsets differs between engines.
 */

export interface Moment {
  ms: number;
  /** Minutes east of UTC, when the text wrote an offset (Z is 0). */
  offsetMinutes?: number;
  /** True when an ISO text had no offset and was read as UTC. */
  noOffset: boolean;
}

/** Below this an epoch number is seconds: 1e11 ms is 1973, while 1e11 s is the year 5138. */
const SECONDS_LIMIT = 1e11;
const NUMERIC = /^\s*-?\d{1,16}(?:\.\d{1,9})?\s*$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const LONGEST_ISO = 40;

/** The largest distance from 1970 a JavaScript Date can hold. */
const MAX_MS = 8.64e15;

function epochToMs(epoch: number): number {
  return Math.abs(epoch) < SECONDS_LIMIT ? epoch * 1000 : epoch;
}

function fromEpoch(epoch: number): Moment | undefined {
  const ms = epochToMs(epoch);
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? { ms, noOffset: false } : undefined;
}

export function readMoment(value: string | number): Moment | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (NUMERIC.test(value)) return fromEpoch(Number(value));
  const text = value.trim();
  if (text.length > LONGEST_ISO) return undefined;
  const m = ISO.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(
    (part) => Number(part ?? 0),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const offset = m[8];
  if (offset === undefined) return { ms: utc, noOffset: true };
  const offsetMinutes = readOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  return { ms: utc - offsetMinutes * 60_000, offsetMinutes, noOffset: false };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readOffset(offset: string): number | undefined {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return undefined;
  // -00:00 means "offset unknown" in RFC 3339; reading it as UTC is the best guess left.
  return sign * (hours * 60 + minutes) || 0;
}

const zoneCache = new Map<string, boolean>();
const ZONE_CACHE_LIMIT = 256;

/**
 * Whether this engine knows the IANA zone. Intl throws a RangeError for unknown zones. Answers
 * are cached: building an Intl.DateTimeFormat costs more than decoding a small payload.
 */
export function isKnownTimeZone(zone: string): boolean {
  const cached = zoneCache.get(zone);
  if (cached !== undefined) return cached;
  let known = zone.trim() !== '';
  if (known) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: zone });
    } catch {
      known = false;
    }
  }
  if (zoneCache.size >= ZONE_CACHE_LIMIT) zoneCache.clear();
  zoneCache.set(zone, known);
  return known;
}

/** "0:32", "12:05", "1:02:05": minutes and seconds, with hours from one hour on. */
export function formatDuration(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
