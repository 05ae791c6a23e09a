import { problems } from '../../strings';

const SHAPE_KEYS = 5;

/**
 * At most `max` characters of untrusted text for a sentence: line breaks become spaces and a cut
 * never splits a surrogate pair.
 */
export function shorten(text: string, max = 60): string {
  let cut = Math.min(text.length, max);
  if (cut < text.length && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  const head = text.slice(0, cut).replace(/[\r\n\t]/g, ' ');
  return cut < text.length ? `${head}…` : head;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** What a value is, for a problem's `found`: `the string "abc"`, `a list of 2 items`… Shallow. */
export function describeFound(value: unknown): string {
  const { found } = problems;
  if (value === undefined) return found.nothing;
  if (value === null) return found.null;
  if (typeof value === 'string')
    return value === '' ? found.emptyString : found.string(shorten(value));
  if (typeof value === 'number') return found.number(value);
  if (typeof value === 'boolean') return found.boolean(value);
  if (Array.isArray(value)) return found.list(value.length);
  if (typeof value === 'object') return found.object(Object.keys(value).length);
  return found.other(typeof value);
}

/** What a whole JSON document looks like, e.g. "a JSON object with keys a, b, c…". Shallow. */
export function describeShape(value: unknown): string {
  const { shapes } = problems;
  if (value === undefined) return shapes.nothing;
  if (value === null) return shapes.null;
  if (Array.isArray(value)) return shapes.array(value.length);
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return shapes.emptyObject;
    const shown = keys.slice(0, SHAPE_KEYS).map((key) => shorten(key, 30));
    return shapes.object(shown, keys.length - shown.length);
  }
  if (typeof value === 'string') return shapes.string;
  if (typeof value === 'number') return shapes.number;
  if (typeof value === 'boolean') return shapes.boolean;
  return shapes.nothing;
}
