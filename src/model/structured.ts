import { isPlainObject } from './lenient';
import type { Structured } from './record';

/**
 * Vendors send parameters and return values as objects or as JSON strings holding one (payload
 * quirk 1). Strings are parsed only when they look like an object or a list, with JSON.parse
 * (which makes `__proto__` an ordinary key); anything else is shown as raw text.
 */
export function readStructured(value: unknown): Structured {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value === 'string') return fromString(value);
  if (Array.isArray(value)) return { kind: 'list', value, fromString: false };
  if (isPlainObject(value)) return { kind: 'object', value, fromString: false };
  return { kind: 'text', text: String(value) };
}

function fromString(text: string): Structured {
  const first = firstNonSpace(text);
  if (first === -1) return { kind: 'none' };
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return { kind: 'text', text };
  let parsed: unknown;
  try {
    // JSON.parse skips the surrounding whitespace itself; no trimmed copy needed.
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'text', text };
  }
  if (Array.isArray(parsed)) return { kind: 'list', value: parsed, fromString: true };
  if (isPlainObject(parsed)) return { kind: 'object', value: parsed, fromString: true };
  return { kind: 'text', text };
}

/** The first character that is not JSON whitespace, as a char code; -1 for blank text. */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return -1;
}
