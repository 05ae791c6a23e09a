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

// Every string literal in order; a following colon makes it a property name. Outside strings each
// " opens one, so a global match from the start never lands inside a string.
const STRING_LITERAL = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;
const INTEGER = /^-?\d+$/;

/**
 * Compares a JSON text with its parsed value, cheaply: the parsed tree is searched for numbers
 * that may not be as sent, and its keys are counted against the text's property names; only when
 * one of them fires does a walk of the text find the paths. `text` must be valid JSON (it was
 * just parsed into `parsed`).
 */
export function findAsSentChanges(text: string, parsed: unknown): AsSentChanges {
  const changes: AsSentChanges = { numbers: [], duplicates: [] };
  const tree = treeFacts(parsed);
  const checkNumbers = tree.unsafeNumbers;
  const checkKeys = countPropertyNames(text) !== tree.keys;
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

/**
 * Keys of every object in a parsed value, and whether it holds a number that may differ from its
 * source text: an overflow (`1e400` is Infinity) or an integer beyond 2^53, where doubles skip
 * integers (a source integer up to 2^53 always parses exactly). Iterative, so deep nesting
 * cannot overflow; a scan of the parsed tree rather than the text, which is the longer of the two.
 */
function treeFacts(value: unknown): { keys: number; unsafeNumbers: boolean } {
  let keys = 0;
  let unsafeNumbers = false;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'number') {
      if (!Number.isFinite(next) || Math.abs(next) > Number.MAX_SAFE_INTEGER) unsafeNumbers = true;
      continue;
    }
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
      continue;
    }
    const own = Object.keys(next);
    keys += own.length;
    for (const key of own) pending.push((next as Record<string, unknown>)[key]);
  }
  return { keys, unsafeNumbers };
}
