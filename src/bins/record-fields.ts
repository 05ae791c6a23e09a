/** Small readers for fields of untrusted bin records. None of them throw. */
import { isPlainObject } from '../model';

export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})\d*)?$/;

/**
 * webhook.site's `created_at` is "Y-m-d H:i:s" in UTC with no zone; `Date.parse` would read
 * that as local time in some engines, so a zoneless stamp is read as UTC explicitly.
 * Stamps with a zone (Svix Play's ISO 8601) are parsed as given.
 */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const zoneless = ZONELESS.exec(value.trim());
  if (zoneless) {
    const part = (i: number) => Number(zoneless[i] ?? 0);
    const millis = Number((zoneless[7] ?? '').padEnd(3, '0'));
    return Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5), part(6), millis);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * A header's first value. webhook.site stores `{name: [values]}`, Svix Play `{name: value}`;
 * names may come in any case.
 */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (!isPlainObject(headers)) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : undefined;
  }
  return undefined;
}

/** A record's query parameters (webhook.site: `{name: value}` or null), strings only. */
export function queryMap(query: unknown): Record<string, string> | undefined {
  if (!isPlainObject(query)) return undefined;
  const entries = Object.entries(query).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
