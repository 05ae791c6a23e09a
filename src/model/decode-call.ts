import { glossary, problems } from '../strings';
import { vendorName } from '../strings/glossary/index';
import { readBinRecord } from './bin-record';
import type { FormatInfo, Problem } from './call-record';
import { findAsSentChanges } from './json/as-sent';
import { describeShape } from './json/describe';
import { parsedNumberText } from './json/numbers-as-sent';
import { readPartialJson } from './json/partial';
import { DEFAULT_MAX_CHARS, type JsonRead, readJsonText } from './json/read-json-text';
import type { CallRecord } from './record';
import { recognise, type VendorDecoder, vendorDecoders } from './vendors';

/**
 * The one decode step for every way a payload arrives (paste, file, bin, capture): untrusted text
 * or an already parsed value in, the platform's call (v2 CallRecord) or precise problems out.
 * Never throws: a fault in a decoder becomes an error problem, so no input can break a page.
 */
export interface CallDecodeResult {
  format: FormatInfo;
  call?: CallRecord;
  problems: Problem[];
  /** The parsed JSON value when the text was JSON (for the raw view), else undefined. */
  json?: unknown;
  /** Set when the payload was found inside a wrapper (a webhook.site request record). */
  unwrappedFrom?: string;
  /** For recognised events that are not a finished call: labelled facts to show. */
  facts?: Array<{ label: string; value: string }>;
  /** Set when the text was cut off and only its complete part was decoded. */
  partial?: { afterChars: number; lastCompletePath: string };
  /**
   * Numbers JSON.parse could not keep as sent (`1e400`, 20-digit ids): JSON path in `json` →
   * source text. Views find them with NumbersAsSent (json/numbers-as-sent.ts).
   */
  numbersAsSent?: Record<string, string>;
}

export interface CallDecodeOptions {
  maxChars?: number;
  /** The platforms to try; all registered ones by default (tests pass their own). */
  decoders?: readonly VendorDecoder[];
}

const INVALID: FormatInfo = { id: 'invalid', ...glossary.formats.invalid };

/** Text (a paste, a file, a request body) to a call or problems. */
export function decodeCallText(text: string, options: CallDecodeOptions = {}): CallDecodeResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return safely(() => {
    const read = readJsonText(text, maxChars);
    const decoders = options.decoders ?? vendorDecoders;
    if (read.ok)
      return withAsSentChanges(text, read.value, decodeValue(read.value, maxChars, decoders));
    const partial = text.length <= maxChars ? readPartialJson(withoutBom(text)) : undefined;
    if (partial === undefined) return { format: INVALID, problems: [read.problem] };
    const result = decodeValue(partial.value, maxChars, decoders);
    const { afterChars, lastCompletePath } = partial;
    const warning: Problem = {
      ...read.problem,
      severity: 'warning',
      path: lastCompletePath,
      message: problems.partial(afterChars, lastCompletePath),
    };
    return {
      ...result,
      problems: [warning, ...result.problems],
      partial: { afterChars, lastCompletePath },
    };
  });
}

/** The same, for a value already parsed (an item of a bin's list, a captured body). */
export function decodeCallValue(value: unknown, options: CallDecodeOptions = {}): CallDecodeResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return safely(() => decodeValue(value, maxChars, options.decoders ?? vendorDecoders));
}

function decodeValue(
  value: unknown,
  maxChars: number,
  decoders: readonly VendorDecoder[],
): CallDecodeResult {
  const record = readBinRecord(value, maxChars);
  if (record === undefined) return decodeRecognised(value, decoders);
  if (!record.read.ok) return binBodyNotJson(value, record.read, record.content);
  const body = record.read.value;
  const result = { ...decodeRecognised(body, decoders), unwrappedFrom: record.from };
  return withAsSentChanges(record.content, body, result);
}

function decodeRecognised(value: unknown, decoders: readonly VendorDecoder[]): CallDecodeResult {
  const found = recognise(value, decoders);
  if (found.kind === 'one') return { ...found.decoder.decode(value), json: value };
  if (found.kind === 'ambiguous') {
    const names = found.decoders.map((decoder) => vendorName(decoder.vendor)).join(' and ');
    const message = problems.ambiguous(names);
    return {
      format: { id: 'ambiguous', ...glossary.formats.ambiguous },
      problems: [
        {
          severity: 'error',
          path: '',
          expected: problems.expected.onePlatform,
          found: describeShape(value),
          message,
        },
      ],
      json: value,
    };
  }
  const shape = describeShape(value);
  return {
    format: notACallFormat(value),
    problems: [
      {
        severity: 'error',
        path: '',
        expected: problems.expected.callPayload,
        found: shape,
        message: problems.notACall(shape),
      },
    ],
    json: value,
  };
}

/** Valid JSON no platform claims, with a sentence saying what it looks like ("a JSON array of 3 items"). */
function notACallFormat(value: unknown): FormatInfo {
  const { label, description } = glossary.formats.notACall;
  return { id: 'not-a-call', label, description: description(describeShape(value)) };
}

function binBodyNotJson(
  record: unknown,
  read: Extract<JsonRead, { ok: false }>,
  content: string,
): CallDecodeResult {
  const message =
    content.trim() === '' ? problems.binBodyEmpty : problems.binBodyNotJson(read.problem.message);
  return {
    format: { id: 'not-a-call', label: glossary.formats.notACall.label, description: message },
    problems: [{ ...read.problem, path: 'content', expected: problems.expected.jsonBody, message }],
    json: record,
  };
}

/** Warns where the parsed value is not what was sent, and keeps the numbers' source text. */
function withAsSentChanges(
  text: string,
  value: unknown,
  result: CallDecodeResult,
): CallDecodeResult {
  const { numbers, duplicates } = findAsSentChanges(withoutBom(text), value);
  if (numbers.length === 0 && duplicates.length === 0) return result;
  const warnings: Problem[] = [
    ...numbers.map(({ path, source }) => ({
      severity: 'warning' as const,
      path,
      expected: problems.expected.exactNumber,
      found: problems.found.sourceNumber(source),
      message: problems.numberNotKept(path, source, parsedNumberText(source)),
    })),
    ...duplicates.map(({ path, key }) => ({
      severity: 'warning' as const,
      path,
      expected: problems.expected.uniqueKey,
      found: problems.found.repeatedKey(key),
      message: problems.duplicateKey(path),
    })),
  ];
  const withWarnings = { ...result, problems: [...result.problems, ...warnings] };
  // Paths in `json` only: a wrapper's numbers are not in the body it held (which was scanned too).
  if (numbers.length === 0 || value !== result.json) return withWarnings;
  const numbersAsSent = Object.fromEntries(numbers.map(({ path, source }) => [path, source]));
  const call = result.call && idsAsSent(result.call, numbersAsSent);
  return { ...withWarnings, ...(call && { call }), numbersAsSent };
}

/**
 * Ids are text in the record, so a numeric id JSON.parse rounded is kept as sent: two calls whose
 * 20-digit ids round alike stay two calls.
 */
function idsAsSent(call: CallRecord, sources: Record<string, string>): CallRecord {
  let { callKey } = call;
  const ids = call.ids.map((id) => {
    const source = Object.hasOwn(sources, id.path) ? sources[id.path] : undefined;
    if (source === undefined) return id;
    if (callKey === id.value) callKey = source;
    return { ...id, value: source };
  });
  return callKey === undefined ? { ...call, ids } : { ...call, ids, callKey };
}

// Files saved by Windows tools may start with a byte order mark (readJsonText skips it too).
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function safely(run: () => CallDecodeResult): CallDecodeResult {
  try {
    return run();
  } catch {
    return {
      format: INVALID,
      problems: [
        {
          severity: 'error',
          path: '',
          expected: problems.expected.json,
          found: problems.found.nothing,
          message: problems.decoderFailed,
        },
      ],
    };
  }
}
