import { glossary } from '../strings';
import { shorten } from './json/describe';
import { DEFAULT_MAX_CHARS, type JsonRead, readJsonText } from './json/read-json-text';
import { isPlainObject } from './lenient';

/** Keys of a webhook.site request record besides `content` (see its /token/{id}/requests API). */
const RECORD_KEYS = [
  'uuid',
  'token_id',
  'method',
  'headers',
  'created_at',
  'ip',
  'user_agent',
  'url',
];

export interface BinRecordBody {
  /** The body parsed as JSON; the raw `content` string when it is not JSON (see bodyIsJson). */
  body: unknown;
  /** What was unwrapped, for a note above the card, e.g. "a webhook.site request record (POST…)". */
  from: string;
  bodyIsJson: boolean;
}

/**
 * Recognises a webhook.site request record, whose `content` string holds the captured body, so a
 * record pasted from the dashboard or its API still shows its call. Needs `content` plus at
 * least two record keys: a call payload never has that shape.
 */
export function unwrapBinRecord(
  value: unknown,
  maxChars = DEFAULT_MAX_CHARS,
): BinRecordBody | undefined {
  const record = readBinRecord(value, maxChars);
  if (record === undefined) return undefined;
  const { read, from, content } = record;
  return read.ok
    ? { body: read.value, from, bodyIsJson: true }
    : { body: content, from, bodyIsJson: false };
}

/**
 * The one rule for "this is a webhook.site request record" (decode, bins and network capture all
 * use it): a `content` string plus at least two record keys. Checks the shape only; parses nothing.
 */
export function isBinRecord(
  value: unknown,
): value is Record<string, unknown> & { content: string } {
  return (
    isPlainObject(value) &&
    Object.hasOwn(value, 'content') &&
    typeof value.content === 'string' &&
    RECORD_KEYS.filter((key) => Object.hasOwn(value, key)).length >= 2
  );
}

export function readBinRecord(
  value: unknown,
  maxChars: number,
): { read: JsonRead; from: string; content: string } | undefined {
  if (!isBinRecord(value)) return undefined;
  const { content } = value;
  const method = typeof value.method === 'string' ? shorten(value.method, 10) : undefined;
  const createdAt =
    typeof value.created_at === 'string' ? shorten(value.created_at, 30) : undefined;
  return {
    read: readJsonText(content, maxChars),
    from: glossary.wrappers.webhookSiteRecord(method, createdAt),
    content,
  };
}
