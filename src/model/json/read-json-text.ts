import { problems } from '../../strings';
import type { Problem } from '../call-record';
import { shorten } from './describe';
import { locate } from './source-location';
import { findSyntaxFault, type SyntaxFault } from './syntax-fault';
import { syntaxHint } from './syntax-hint';

/** Inputs longer than this many characters are refused before parsing. */
export const DEFAULT_MAX_CHARS = 20 * 1024 * 1024;

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: Problem };

const VALUE_START = /^[[{"\-0-9tfn]/;

/**
 * Text to a JSON value, or one error problem saying what is wrong like a person would: empty,
 * too large (refused before parsing), not JSON at all, cut off, or broken at a line and column.
 */
export function readJsonText(text: string, maxChars: number): JsonRead {
  if (text.length > maxChars) {
    return fail({
      expected: problems.expected.withinLimit(maxChars),
      found: problems.found.size(text.length),
      message: problems.tooLarge(text.length, maxChars),
    });
  }
  // Files saved by Windows tools may start with a byte order mark, which JSON.parse rejects.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = firstNonWhitespace(source);
  if (first === -1) {
    return fail({
      expected: problems.expected.json,
      found: source.length === 0 ? problems.found.empty : problems.found.whitespaceOnly,
      message: problems.empty,
    });
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    return fail(diagnose(source, first));
  }
}

function fail(problem: Omit<Problem, 'severity' | 'path'>): JsonRead {
  return { ok: false, problem: { severity: 'error', path: '', ...problem } };
}

function diagnose(source: string, first: number): Omit<Problem, 'severity' | 'path'> {
  const fault = findSyntaxFault(source);
  if (fault === undefined) {
    return {
      expected: problems.expected.json,
      found: problems.found.startsWith(shorten(source.slice(first).trimEnd(), 20)),
      message: problems.unreadableJson,
    };
  }
  if (looksLikeProse(source, first, fault)) {
    const start = shorten(source.slice(first).trimEnd(), 20);
    return {
      expected: problems.expected.json,
      found: problems.found.startsWith(start),
      message: problems.notJson(start),
    };
  }
  const hint = syntaxHint(source, fault);
  if (hint !== undefined) {
    const { line, column, excerpt } = locate(source, hint.offset);
    const { expected, found } = hint;
    const message = problems.syntaxAt(line, column, hint.detail);
    return { expected, found, message, line, column, excerpt };
  }
  const expected = expectationText(fault.expected);
  if (fault.atEnd) {
    // Point just after the last character written, not at trailing blank lines.
    const { line, column, excerpt } = locate(source, source.trimEnd().length);
    return {
      expected,
      found: problems.found.endOfInput,
      message: problems.cutOff(source.length),
      line,
      column,
      excerpt,
    };
  }
  const { line, column, excerpt } = locate(source, fault.offset);
  const found = describeCharAt(source, fault.offset);
  const opensAnother = fault.expected === 'end' && /[[{]/.test(source.charAt(fault.offset));
  return {
    expected,
    found,
    message: opensAnother
      ? problems.syntaxTwoDocuments(line, column)
      : problems.syntax(line, column, expected, found),
    line,
    column,
    excerpt,
  };
}

/** Text whose very first token is not JSON ("Hello", "<html>", "null pointer…", "- item"). */
function looksLikeProse(source: string, first: number, fault: SyntaxFault): boolean {
  if (!VALUE_START.test(source.charAt(first))) return true;
  if (fault.atEnd) return false;
  const inFirstToken = fault.offset <= first + 4;
  const brokenWord =
    fault.expected === 'true' || fault.expected === 'false' || fault.expected === 'null';
  const brokenNumber = fault.expected === 'digit' && fault.offset === first + 1;
  return inFirstToken && (brokenWord || brokenNumber);
}

function firstNonWhitespace(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return -1;
}

function expectationText(expected: SyntaxFault['expected']): string {
  const texts = problems.syntaxExpected;
  switch (expected) {
    case 'true':
    case 'false':
    case 'null':
      return texts.literal(expected);
    default:
      return texts[expected];
  }
}

function describeCharAt(text: string, offset: number): string {
  const code = text.charCodeAt(offset);
  if (code === 0x0a || code === 0x0d) return problems.found.lineBreak;
  if (code === 0x09) return problems.found.tab;
  if (code < 0x20) return problems.found.controlCharacter(code);
  const point = text.codePointAt(offset) ?? code;
  return problems.found.character(String.fromCodePoint(point));
}
