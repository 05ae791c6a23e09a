import { findSyntaxFault, isDigit } from './syntax-fault';
import { memberPath, walkJson } from './walk-json';

/** What could be read from a JSON text that stops before it is complete. */
export interface PartialJson {
  value: unknown;
  /** Length of the text read: where the payload is cut. */
  afterChars: number;
  /** JSON path of the last value that was complete before the cut ('' for the whole document). */
  lastCompletePath: string;
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
  let cut = -1;
  let lastCompletePath: string | undefined;
  const open = walkJson(text, {
    open: (_level, offset) => {
      // An open container closed right here keeps what came before it: `{"call": {` → {call: {}}.
      cut = offset + 1;
    },
    value: (parent, start, end) => {
      // A number that reaches the end of the text may have been cut in the middle: 12|34.
      if (end >= n && start >= 0 && isNumberStart(text.charCodeAt(start))) return false;
      cut = end;
      lastCompletePath = memberPath(parent);
      return true;
    },
  });
  // Only open brackets are not worth a card: `{"a":` stays a cut-off error.
  if (cut === -1 || lastCompletePath === undefined) return undefined;
  let closers = '';
  for (let k = open.length - 1; k >= 0; k -= 1)
    closers += String.fromCharCode(open[k]?.closer ?? 0);
  return { value: JSON.parse(text.slice(0, cut) + closers), afterChars: n, lastCompletePath };
}

function isNumberStart(c: number): boolean {
  return c === 0x2d || isDigit(c);
}
