import { problems } from '../../strings';
import { shorten } from './describe';
import type { SyntaxFault } from './syntax-fault';

/** A syntax fault a person makes often, said in their terms, at the place they would look. */
export interface SyntaxHint {
  offset: number;
  expected: string;
  found: string;
  /** Completes "The JSON is broken at line L, column C: …". */
  detail: string;
}

const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NON_FINITE = /-?(?:NaN|Infinity)/y;
const VALUE_START = /["'[{\-0-9tfnNI]/;

/**
 * Trailing and missing commas, single quotes, comments, NaN/Infinity and unquoted property names:
 * what JavaScript accepts and JSON does not. Worded here, never taken from the engine's message,
 * so Chromium and Firefox say the same.
 */
export function syntaxHint(text: string, fault: SyntaxFault): SyntaxHint | undefined {
  if (fault.atEnd) return undefined;
  const at = fault.offset;
  const char = text.charAt(at);
  const words = problems.syntaxHints;
  if (char === '/' && (text.charAt(at + 1) === '/' || text.charAt(at + 1) === '*')) {
    return { offset: at, ...words.comment };
  }
  if (char === "'") return { offset: at, ...words.singleQuote };
  const closesAfterComma =
    (char === '}' && fault.expected === 'propertyName') ||
    (char === ']' && fault.expected === 'value');
  if (closesAfterComma) {
    const comma = lastNonWhitespace(text, at);
    if (text.charAt(comma) === ',') return { offset: comma, ...words.trailingComma(char) };
  }
  const nonFinite = wordAt(NON_FINITE, text, nonFiniteStart(text, fault));
  if (nonFinite !== undefined) return { ...words.nonFinite(nonFinite.word), offset: nonFinite.at };
  if (fault.expected === 'propertyName' || fault.expected === 'propertyNameOrEnd') {
    const key = wordAt(WORD, text, at);
    if (key !== undefined) return { offset: at, ...words.unquotedKey(key.word) };
  }
  const missingComma = fault.expected === 'commaOrBrace' || fault.expected === 'commaOrBracket';
  if (missingComma && fault.itemStart !== undefined && VALUE_START.test(char)) {
    const before = shorten(text.slice(fault.itemStart, lastNonWhitespace(text, at) + 1), 30);
    const after = shorten(text.slice(at, lineEnd(text, at)), 30);
    return { offset: at, ...words.missingComma(before, after) };
  }
  return undefined;
}

/** `-Infinity` faults at the I, after the minus sign was read as the start of a number. */
function nonFiniteStart(text: string, fault: SyntaxFault): number {
  const minus = fault.expected === 'digit' && text.charAt(fault.offset - 1) === '-';
  return minus ? fault.offset - 1 : fault.offset;
}

function wordAt(pattern: RegExp, text: string, at: number) {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match === null ? undefined : { word: match[0], at };
}

function lastNonWhitespace(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i -= 1;
  return i;
}

/** Enough of the next item to name it: the rest of its line, at most 40 characters. */
function lineEnd(text: string, at: number): number {
  const stop = text.slice(at, at + 40).search(/[\r\n]/);
  return stop === -1 ? at + 40 : at + stop;
}
