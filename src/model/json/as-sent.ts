import { childPath } from './path';
import { isDigit } from './syntax-fault';
import { memberPath, walkJson } from './walk-json';

/** Where JSON.parse's value differs from the text that was sent. */
export interface AsSentChanges {
  /** Numbers a JavaScript number cannot hold (`1e400`, 20-digit ids), with their source text. */
  numbers: Array<{ path: string; source: string }>;
  /** Paths of properties that appear twice in one object: the earlier value was replaced. */
  duplicates: Array<{ path: string; key: string }>;
}

// Only a run of 16+ digits or a 3-digit exponent can be beyond a double; most payloads have neither.
const LONG_NUMBER = /\d{16,}|[eE][+-]?\d{3,}/;
// Every string literal in order; a following colon makes it a property name. Outside strings each
// " opens one, so a global match from the start never lands inside a string.
const STRING_LITERAL = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;
const INTEGER = /^-?\d+$/;

/**
 * Compares a JSON text with its parsed value, cheaply: a regex precheck for long numbers and a
 * count of property names against the parsed tree's; only when one of them fires does a walk of
 * the text find the paths. `text` must be valid JSON (it was just parsed into `parsed`).
 */
export function findAsSentChanges(text: string, parsed: unknown): AsSentChanges {
  const changes: AsSentChanges = { numbers: [], duplicates: [] };
  const checkNumbers = LONG_NUMBER.test(text);
  const checkKeys = countPropertyNames(text) !== countKeys(parsed);
  if (!checkNumbers && !checkKeys) return changes;
  walkJson(text, {
    key: (level, key) => {
      if (!checkKeys) return;
      level.keys ??= new Set();
      if (level.keys.has(key)) changes.duplicates.push({ path: childPath(level.path, key), key });
      else level.keys.add(key);
    },
    value: (parent, start, end) => {
      if (!checkNumbers || start < 0) return true;
      const first = text.charCodeAt(start);
      if (first !== 0x2d && !isDigit(first)) return true;
      const source = text.slice(start, end);
      const value = Number(source);
      const lost =
        !Number.isFinite(value) || (INTEGER.test(source) && BigInt(source) !== BigInt(value));
      if (lost) changes.numbers.push({ path: memberPath(parent), source });
      return true;
    },
  });
  return changes;
}

function countPropertyNames(text: string): number {
  let count = 0;
  STRING_LITERAL.lastIndex = 0;
  for (let match = STRING_LITERAL.exec(text); match !== null; match = STRING_LITERAL.exec(text)) {
    if (match[1] !== undefined) count += 1;
  }
  return count;
}

/** Keys of every object in a parsed value; iterative, so deep nesting cannot overflow. */
function countKeys(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
      continue;
    }
    const keys = Object.keys(next);
    count += keys.length;
    for (const key of keys) pending.push((next as Record<string, unknown>)[key]);
  }
  return count;
}
