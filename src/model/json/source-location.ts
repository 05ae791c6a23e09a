/** Where an offset sits in a text, for pointing at a JSON syntax error like an editor would. */
export interface SourceLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The line around the offset (cut to a window on long lines), then a caret line under it. */
  excerpt: string;
}

const WINDOW = 80;
const LEAD = 40;

export function locate(text: string, offset: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
    lineStart = nl + 1;
  }
  const next = text.indexOf('\n', lineStart);
  let lineEnd = next === -1 ? text.length : next;
  if (text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd -= 1;
  const column = offset - lineStart + 1;
  // Minified payloads are one huge line: show a window around the error, not the whole line.
  const from = Math.max(lineStart, Math.min(offset - LEAD, lineEnd - WINDOW));
  const to = Math.min(lineEnd, from + WINDOW);
  const before = from > lineStart ? '…' : '';
  const after = to < lineEnd ? '…' : '';
  const shown = text.slice(from, to).replace(/\p{Cc}/gu, ' ');
  const caret = `${' '.repeat(before.length + offset - from)}^`;
  return { line, column, excerpt: `${before}${shown}${after}\n${caret}` };
}
