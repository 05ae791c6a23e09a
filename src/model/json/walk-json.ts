import { childPath } from './path';
import { isDigit, scanLiteral, scanNumber, scanString, skipWhitespace } from './syntax-fault';

export const OBJECT = 0x7d; // the character that closes it: }
export const ARRAY = 0x5d; // ]

/** One open object or list while walking a JSON text. */
export interface JsonLevel {
  closer: typeof OBJECT | typeof ARRAY;
  path: string;
  /** The key of the member being read (objects) or the index of the current item (lists). */
  key: string | number;
  /** Keys seen so far in this object, when the walker was asked to keep them. */
  keys?: Set<string>;
}

export interface JsonWalkVisitor {
  /** A value ended at `end`: a scalar starting at `start`, or a closed container (`start` -1). */
  value(parent: JsonLevel | undefined, start: number, end: number): boolean | undefined;
  /** A container was opened at `offset`. */
  open?(level: JsonLevel, offset: number): void;
  /** A property name was read; the parent's `key` still holds the previous one. */
  key?(level: JsonLevel, key: string, start: number): void;
}

/** JSON path of the member `level` is reading. */
export function memberPath(level: JsonLevel | undefined): string {
  return level === undefined ? '' : childPath(level.path, level.key);
}

/**
 * Walks a JSON text that is valid up to where the walk stops (check with findSyntaxFault or
 * JSON.parse first: separators are not checked here), calling `visitor` for each value. Stops at
 * the end, at a value cut off by the end, or when `value` returns false. Iterative, so deep
 * nesting cannot overflow the stack. Returns the containers still open.
 */
export function walkJson(text: string, visitor: JsonWalkVisitor): JsonLevel[] {
  const n = text.length;
  const stack: JsonLevel[] = [];
  let expectKey = false;
  let i = skipWhitespace(text, 0);
  const complete = (start: number, end: number): boolean => {
    const top = stack[stack.length - 1];
    const go = visitor.value(top, start, end) !== false;
    if (top !== undefined && top.closer === ARRAY) top.key = (top.key as number) + 1;
    expectKey = top?.closer === OBJECT;
    return go;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x2c /* , */ || c === 0x3a /* : */) {
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (top !== undefined && c === top.closer) {
      stack.pop();
      if (!complete(-1, i + 1)) break;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (expectKey && c === 0x22 && top !== undefined) {
      const end = scanString(text, i);
      if (typeof end !== 'number') break;
      const key = JSON.parse(text.slice(i, end)) as string;
      visitor.key?.(top, key, i);
      top.key = key;
      expectKey = false;
      i = skipWhitespace(text, end);
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const level: JsonLevel = {
        closer: c === 0x7b ? OBJECT : ARRAY,
        path: memberPath(top),
        key: 0,
      };
      stack.push(level);
      visitor.open?.(level, i);
      expectKey = c === 0x7b;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    const end = scanScalar(text, i, c);
    if (end === undefined || !complete(i, end)) break;
    i = skipWhitespace(text, end);
  }
  return stack;
}

function scanScalar(text: string, i: number, c: number): number | undefined {
  let end: ReturnType<typeof scanString>;
  if (c === 0x22) end = scanString(text, i);
  else if (c === 0x2d || isDigit(c)) end = scanNumber(text, i);
  else if (c === 0x74) end = scanLiteral(text, i, 'true');
  else if (c === 0x66) end = scanLiteral(text, i, 'false');
  else if (c === 0x6e) end = scanLiteral(text, i, 'null');
  else return undefined;
  return typeof end === 'number' ? end : undefined;
}
