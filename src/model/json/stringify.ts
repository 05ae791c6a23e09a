export interface StringifyOptions {
  /** Spaces per level; 0 (the default) gives minified JSON. */
  indent?: number;
  /**
   * Stop once the text is at least this long and return what there is (longer than `limit` by
   * at most one token), for previews: a 100,000-deep document pretty-printed would be ~10^10
   * characters, far past what a string can hold.
   */
  limit?: number;
  /**
   * The text to print for a number held in a container instead of JavaScript's: the source text
   * of one JSON.parse could not keep (see numbers-as-sent.ts).
   */
  numberText?: (parent: object, key: string | number) => string | undefined;
}

interface Frame {
  value: object;
  /** Object keys, or undefined for an array. */
  keys: string[] | undefined;
  next: number;
  wroteChild: boolean;
}

/**
 * JSON.stringify without recursion, so a 100,000-deep document cannot overflow the call stack
 * (V8 and SpiderMonkey both recurse and throw RangeError in the low thousands).
 * Same text as JSON.stringify(value, null, indent) for what JSON.parse produces; values JSON has
 * no text for (undefined, functions, symbols, bigint) are left out of objects and written as null
 * in arrays. Undefined for such a value at the top. Throws TypeError on a cycle, as JSON.stringify.
 */
export function stringifyJson(value: unknown, options: StringifyOptions = {}): string | undefined {
  const top = scalarText(value);
  if (top !== null) return top === SKIP ? undefined : top;
  const indent = options.indent ?? 0;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const indents = [''];
  const indentAt = (depth: number): string => {
    for (let d = indents.length; d <= depth; d++)
      indents.push(`${indents[d - 1]}${' '.repeat(indent)}`);
    return indents[depth] as string;
  };
  const colon = indent > 0 ? ': ' : ':';
  const asSent = options.numberText;
  const open = new Set<object>();
  const stack: Frame[] = [];
  let out = '';

  const enter = (container: object): void => {
    if (open.has(container)) throw new TypeError('Converting circular structure to JSON');
    open.add(container);
    const keys = Array.isArray(container) ? undefined : Object.keys(container);
    stack.push({ value: container, keys, next: 0, wroteChild: false });
    out += keys ? '{' : '[';
  };

  enter(value as object);
  while (stack.length > 0 && out.length < limit) {
    const frame = stack[stack.length - 1] as Frame;
    const depth = stack.length;
    const { keys } = frame;
    let child: unknown;
    let key: string | undefined;
    let text: string | null = SKIP;
    if (keys) {
      // Objects leave out members JSON has no text for.
      while (text === SKIP && frame.next < keys.length) {
        key = keys[frame.next++] as string;
        child = (frame.value as Record<string, unknown>)[key];
        text = scalarText(child);
      }
      if (text === SKIP) key = undefined;
    } else {
      const list = frame.value as unknown[];
      if (frame.next < list.length) {
        child = list[frame.next++];
        text = scalarText(child);
        key = '';
        if (text === SKIP) text = 'null';
      }
    }
    if (asSent && typeof child === 'number')
      text = asSent(frame.value, keys ? (key as string) : frame.next - 1) ?? text;
    if (key === undefined) {
      stack.pop();
      open.delete(frame.value);
      if (frame.wroteChild && indent > 0) out += `\n${indentAt(depth - 1)}`;
      out += keys ? '}' : ']';
      continue;
    }
    if (frame.wroteChild) out += ',';
    frame.wroteChild = true;
    if (indent > 0) out += `\n${indentAt(depth)}`;
    if (keys) out += JSON.stringify(key) + colon;
    if (text === null) enter(child as object);
    else out += text;
  }
  return out;
}

/** Marks a value JSON has no text for. */
const SKIP = '\u0000skip';

/** JSON text of a value that is not a container; null for objects and arrays. */
function scalarText(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : null;
    default:
      return SKIP;
  }
}
