import { glossary, problems } from '../strings';
import { readBinRecord } from './bin-record';
import type { DecodeResult, FormatInfo, Problem } from './call-record';
import { findDecoder, notACallFormat } from './detect';
import { describeShape } from './json/describe';
import { DEFAULT_MAX_CHARS, type JsonRead, readJsonText } from './json/read-json-text';

export { DEFAULT_MAX_CHARS };

export interface DecodeOptions {
  maxChars?: number;
}

const INVALID: FormatInfo = { id: 'invalid', ...glossary.formats.invalid };

/**
 * Untrusted text to a call, or to problems that say precisely what is wrong. Never throws: a
 * fault in the decoder itself becomes an error problem, so no input can break a page.
 */
export function decode(text: string, options: DecodeOptions = {}): DecodeResult {
  if (typeof text !== 'string') return decodeJson(text, options);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return safely(() => {
    const read = readJsonText(text, maxChars);
    if (!read.ok) return { format: INVALID, problems: [read.problem] };
    return decodeValue(read.value, maxChars);
  });
}

/** Same as decode, for a value already parsed (an item of a bin's list, a captured body). */
export function decodeJson(value: unknown, options: DecodeOptions = {}): DecodeResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return safely(() => decodeValue(value, maxChars));
}

function decodeValue(value: unknown, maxChars: number): DecodeResult {
  const record = readBinRecord(value, maxChars);
  if (record === undefined) return decodeDetected(value);
  if (!record.read.ok) return binBodyNotJson(value, record.read, record.content);
  return { ...decodeDetected(record.read.value), unwrappedFrom: record.from };
}

function decodeDetected(value: unknown): DecodeResult {
  const decoder = findDecoder(value);
  if (decoder !== undefined)
    return { format: decoder.format, ...decoder.decode(value), json: value };
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

function binBodyNotJson(
  record: unknown,
  read: Extract<JsonRead, { ok: false }>,
  content: string,
): DecodeResult {
  const inner = read.problem;
  const message =
    content.trim() === '' ? problems.binBodyEmpty : problems.binBodyNotJson(inner.message);
  const problem: Problem = {
    ...inner,
    path: 'content',
    expected: problems.expected.jsonBody,
    message,
  };
  return {
    format: { id: 'not-a-call', label: glossary.formats.notACall.label, description: message },
    problems: [problem],
    json: record,
  };
}

function safely(run: () => DecodeResult): DecodeResult {
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
