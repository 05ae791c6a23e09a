import { isBinRecord } from './bin-record';
import { DEFAULT_MAX_CHARS, readJsonText } from './json/read-json-text';
import { isPlainObject } from './lenient';
import { recognise, type VendorDecoder, vendorDecoders } from './vendors';

/**
 * One payload found in a document, with where it sat. `text` is the payload exactly as received
 * when the document kept it (the whole body, a webhook.site record's `content`); an item of a
 * list is serialised, since a list holds no bytes of its own per item.
 */
export type PayloadCandidate = {
  /** JSON path within the document: '' for the whole, `data[3].content`, `response.calls[0]`. */
  path: string;
  text: string;
  /** The webhook.site request record the payload was captured in, when it came in one. */
  record?: Record<string, unknown> & { content: string };
} & ({ parsed: true; value: unknown } | { parsed: false });

export interface ExtractOptions {
  /** Payloads returned at most; the rest of a long list is left out (default 1,000). */
  maxItems?: number;
  maxChars?: number;
  /** The platforms whose list documents and payloads are known; all registered by default. */
  decoders?: readonly VendorDecoder[];
}

export const MAX_EXTRACTED = 1000;

/** Lists inside lists are not opened beyond this: a record in a page in a list is the deepest. */
const MAX_DEPTH = 3;

interface Walk {
  found: PayloadCandidate[];
  maxItems: number;
  maxChars: number;
  decoders: readonly VendorDecoder[];
}

/**
 * The one extraction step for every way a document arrives (a paste, a bin, DevTools traffic):
 * a parsed document to the payloads inside it. Opens webhook.site request records (the body is
 * their `content` string), webhook.site API pages (`{data: [record…]}`), plain arrays, and each
 * platform's own list documents (`listItems`); anything else is one payload. Never throws; capped.
 */
export function extractPayloads(
  value: unknown,
  text?: string,
  options: ExtractOptions = {},
): PayloadCandidate[] {
  const walk: Walk = {
    found: [],
    maxItems: options.maxItems ?? MAX_EXTRACTED,
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
    decoders: options.decoders ?? vendorDecoders,
  };
  try {
    visit(walk, value, '', text, undefined, 0);
  } catch {
    // A hostile shape (a getter, a cycle in a test double) ends the walk, not the page.
  }
  return walk.found;
}

/** The same, from text: text that is not JSON is one unparsed payload, reported by the decoder. */
export function extractPayloadsFromText(
  text: string,
  options: ExtractOptions = {},
): PayloadCandidate[] {
  const read = readJsonText(text, options.maxChars ?? DEFAULT_MAX_CHARS);
  if (!read.ok) return [{ path: '', text, parsed: false }];
  return extractPayloads(read.value, text, options);
}

type BinRecord = NonNullable<PayloadCandidate['record']>;

function visit(
  walk: Walk,
  value: unknown,
  path: string,
  text: string | undefined,
  record: BinRecord | undefined,
  depth: number,
): void {
  if (walk.found.length >= walk.maxItems) return;
  if (isBinRecord(value)) {
    const at = join(path, 'content');
    const read = readJsonText(value.content, walk.maxChars);
    if (read.ok && depth < MAX_DEPTH) visit(walk, read.value, at, value.content, value, depth + 1);
    else walk.found.push({ path: at, text: value.content, record: value, parsed: false });
    return;
  }
  const items = depth < MAX_DEPTH ? listItems(walk, value) : undefined;
  if (items === undefined) {
    walk.found.push({ path, text: text ?? serialise(value), parsed: true, value, record });
    return;
  }
  for (const item of items) {
    if (walk.found.length >= walk.maxItems) return;
    visit(walk, item.value, join(path, item.path), undefined, record, depth + 1);
  }
}

/**
 * The items of a list document, or undefined for one payload. A payload a platform claims is
 * never opened as a list, whatever arrays it holds.
 */
function listItems(
  walk: Walk,
  value: unknown,
): Array<{ path: string; value: unknown }> | undefined {
  for (const decoder of walk.decoders) {
    const items = decoder.listItems?.(value);
    if (items !== undefined) return items;
  }
  if (recognise(value, walk.decoders).kind !== 'none') return undefined;
  if (Array.isArray(value))
    return value.map((item, index) => ({ path: `[${index}]`, value: item }));
  if (isPlainObject(value) && Array.isArray(value.data)) {
    return value.data.map((item, index) => ({ path: `data[${index}]`, value: item }));
  }
  return undefined;
}

function join(path: string, child: string): string {
  if (path === '') return child;
  return child.startsWith('[') ? `${path}${child}` : `${path}.${child}`;
}

function serialise(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return '';
  }
}
