/**
 * Finds where a JSON text first breaks the grammar. Only run after native JSON.parse has failed:
 * engines word their errors differently (V8 vs SpiderMonkey) and not all give a position, so the
 * decoder works out line and column itself. Iterative with an explicit stack, so deeply nested
 * input cannot overflow the call stack; linear in the length of the text.
 */

export type SyntaxExpectation =
  | 'value'
  | 'valueOrEnd'
  | 'propertyName'
  | 'propertyNameOrEnd'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'end'
  | 'digit'
  | 'escape'
  | 'hexDigit'
  | 'closingQuote'
  | 'true'
  | 'false'
  | 'null';

export interface SyntaxFault {
  /** Offset of the offending character; equals the text length when the text ended too early. */
  offset: number;
  atEnd: boolean;
  expected: SyntaxExpectation;
  /** For a missing comma: where the item before the fault starts (its key, in an object). */
  itemStart?: number;
}

const OBJECT = 0;
const ARRAY = 1;

type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after';

export function findSyntaxFault(text: string): SyntaxFault | undefined {
  const n = text.length;
  const stack: number[] = [];
  // Where the current member of each open container starts, to name it when a comma is missing.
  const starts: number[] = [];
  let state: State = 'value';
  let i = skipWhitespace(text, 0);
  const fault = (offset: number, expected: SyntaxExpectation): SyntaxFault => ({
    offset,
    atEnd: offset >= n,
    expected,
  });

  for (;;) {
    const c = text.charCodeAt(i);
    if (state === 'after') {
      const top = stack.length === 0 ? undefined : stack[stack.length - 1];
      if (top === undefined) return i >= n ? undefined : fault(i, 'end');
      if (c === 0x2c /* , */) {
        state = top === OBJECT ? 'key' : 'value';
        i = skipWhitespace(text, i + 1);
        continue;
      }
      if ((top === OBJECT && c === 0x7d) /* } */ || (top === ARRAY && c === 0x5d) /* ] */) {
        stack.pop();
        starts.pop();
        i = skipWhitespace(text, i + 1);
        continue;
      }
      return {
        ...fault(i, top === OBJECT ? 'commaOrBrace' : 'commaOrBracket'),
        itemStart: starts[starts.length - 1],
      };
    }
    if (state === 'colon') {
      if (c !== 0x3a /* : */) return fault(i, 'colon');
      state = 'value';
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (state === 'key' || state === 'keyOrEnd') {
      if (state === 'keyOrEnd' && c === 0x7d /* } */) {
        stack.pop();
        starts.pop();
        state = 'after';
        i = skipWhitespace(text, i + 1);
        continue;
      }
      if (c !== 0x22 /* " */)
        return fault(i, state === 'key' ? 'propertyName' : 'propertyNameOrEnd');
      starts[starts.length - 1] = i;
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      state = 'colon';
      i = skipWhitespace(text, end);
      continue;
    }
    // state is 'value' or 'valueOrEnd'
    if (state === 'valueOrEnd' && c === 0x5d /* ] */) {
      stack.pop();
      starts.pop();
      state = 'after';
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (stack[stack.length - 1] === ARRAY) starts[starts.length - 1] = i;
    if (c === 0x7b /* { */) {
      stack.push(OBJECT);
      starts.push(i);
      state = 'keyOrEnd';
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (c === 0x5b /* [ */) {
      stack.push(ARRAY);
      starts.push(i);
      state = 'valueOrEnd';
      i = skipWhitespace(text, i + 1);
      continue;
    }
    let end: number | SyntaxFault;
    if (c === 0x22) end = scanString(text, i);
    else if (c === 0x2d /* - */ || isDigit(c)) end = scanNumber(text, i);
    else if (c === 0x74 /* t */) end = scanLiteral(text, i, 'true');
    else if (c === 0x66 /* f */) end = scanLiteral(text, i, 'false');
    else if (c === 0x6e /* n */) end = scanLiteral(text, i, 'null');
    else return fault(i, state);
    if (typeof end !== 'number') return end;
    state = 'after';
    i = skipWhitespace(text, end);
  }
}

export function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i += 1;
  }
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

const ESCAPABLE = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

/** Returns the offset after the closing quote of the string starting at `start`, or a fault. */
export function scanString(text: string, start: number): number | SyntaxFault {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, atEnd: false, expected: 'closingQuote' };
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= n) return { offset: n, atEnd: true, expected: 'escape' };
      if (e === 0x75 /* u */) {
        for (let k = i + 2; k < i + 6; k += 1) {
          if (k >= n) return { offset: n, atEnd: true, expected: 'hexDigit' };
          if (!isHexDigit(text.charCodeAt(k)))
            return { offset: k, atEnd: false, expected: 'hexDigit' };
        }
        i += 6;
        continue;
      }
      if (!ESCAPABLE.has(e)) return { offset: i + 1, atEnd: false, expected: 'escape' };
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: n, atEnd: true, expected: 'closingQuote' };
}

function scanDigits(text: string, from: number): number | SyntaxFault {
  if (!isDigit(text.charCodeAt(from))) {
    return { offset: from, atEnd: from >= text.length, expected: 'digit' };
  }
  let i = from + 1;
  while (isDigit(text.charCodeAt(i))) i += 1;
  return i;
}

export function scanNumber(text: string, start: number): number | SyntaxFault {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i += 1;
  if (text.charCodeAt(i) === 0x30 /* 0 */) i += 1;
  else {
    const end = scanDigits(text, i);
    if (typeof end !== 'number') return end;
    i = end;
  }
  if (text.charCodeAt(i) === 0x2e /* . */) {
    const end = scanDigits(text, i + 1);
    if (typeof end !== 'number') return end;
    i = end;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45 /* e E */) {
    i += 1;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i += 1;
    const end = scanDigits(text, i);
    if (typeof end !== 'number') return end;
    i = end;
  }
  return i;
}

export function scanLiteral(
  text: string,
  start: number,
  word: 'true' | 'false' | 'null',
): number | SyntaxFault {
  for (let k = 0; k < word.length; k += 1) {
    const i = start + k;
    if (i >= text.length) return { offset: i, atEnd: true, expected: word };
    if (text.charCodeAt(i) !== word.charCodeAt(k))
      return { offset: i, atEnd: false, expected: word };
  }
  return start + word.length;
}
