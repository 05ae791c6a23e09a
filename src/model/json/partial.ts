import { childPath } from './path';
import {
  findSyntaxFault,
  isDigit,
  scanLiteral,
  scanNumber,
  scanString,
  skipWhitespace,
} from './syntax-fault';

/** What could be read from a JSON text that stops before it is complete. */
export interface PartialJson {
  value: unknown;
  /** Length of the text read: where the payload is cut. */
  afterChars: number;
  /** JSON path of the last value that was complete before the cut ('' for the whole document). */
  lastCompletePath: string;
}

const OBJECT = 0x7d; // the character that closes it: }
const ARRAY = 0x5d; // ]

interface Level {
  closer: number;
  path: string;
  /** The key of the member being read (objects) or the index of the next item (arrays). */
  key: string | number;
}

/**
 * Reads the complete part of a JSON text cut off at its end (a truncated log line, a bin preview):
 * the open strings, lists and objects are closed at the last value that was complete, and a value
 * cut in the middle is dropped, never completed (a half string, a number that may go on, `tru`, a
 * key without its value). Returns undefined when the text is not valid JSON up to its end or
 * no value at all is complete. Iterative, so deep nesting cannot overflow the stack.
 */
export function readPartialJson(text: string): PartialJson | undefined {
  // Only a text that is valid up to its end is a cut-off payload; the walk below trusts that.
  if (findSyntaxFault(text)?.atEnd !== true) return undefined;
  const n = text.length;
  const stack: Level[] = [];
  let cut = -1;
  let lastCompletePath: string | undefined;
  let expectKey = false;
  let i = skipWhitespace(text, 0);
  const complete = (end: number) => {
    const top = stack[stack.length - 1];
    cut = end;
    lastCompletePath = top === undefined ? '' : childPath(top.path, top.key);
    if (top !== undefined && top.closer === ARRAY) top.key = (top.key as number) + 1;
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
      complete(i + 1);
      expectKey = stack[stack.length - 1]?.closer === OBJECT;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (expectKey && c === 0x22 && top !== undefined) {
      const end = scanString(text, i);
      if (typeof end !== 'number') break;
      top.key = JSON.parse(text.slice(i, end)) as string;
      expectKey = false;
      i = skipWhitespace(text, end);
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const path = top === undefined ? '' : childPath(top.path, top.key);
      stack.push({ closer: c === 0x7b ? OBJECT : ARRAY, path, key: 0 });
      // An open container closed right here keeps what came before it: `{"call": {` → {call: {}}.
      cut = i + 1;
      expectKey = c === 0x7b;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    const end = scanScalar(text, i, c);
    // A number that reaches the end of the text may have been cut in the middle: 12|34.
    if (end === undefined || (end >= n && c !== 0x22 && !isLetter(c))) break;
    complete(end);
    expectKey = top?.closer === OBJECT;
    i = skipWhitespace(text, end);
  }
  // Only open brackets are not worth a card: `{"a":` stays a cut-off error.
  if (cut === -1 || lastCompletePath === undefined) return undefined;
  let closers = '';
  for (let k = stack.length - 1; k >= 0; k -= 1)
    closers += String.fromCharCode(stack[k]?.closer ?? 0);
  return { value: JSON.parse(text.slice(0, cut) + closers), afterChars: n, lastCompletePath };
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

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
