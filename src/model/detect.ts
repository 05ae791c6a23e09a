import { glossary } from '../strings';
import type { FormatInfo } from './call-record';
import { decoders, type PayloadDecoder } from './decoders';
import { describeShape } from './json/describe';

/** The decoder for this JSON value, if any format recognises it. */
export function findDecoder(value: unknown): PayloadDecoder | undefined {
  return decoders.find((decoder) => decoder.matches(value));
}

/**
 * What this JSON value is: a known payload format, or 'not-a-call' with a sentence saying what
 * it looks like ("a JSON array of 3 items"). Shallow: never walks the value.
 */
export function detect(value: unknown): FormatInfo {
  return findDecoder(value)?.format ?? notACallFormat(value);
}

export function notACallFormat(value: unknown): FormatInfo {
  const { label, description } = glossary.formats.notACall;
  return { id: 'not-a-call', label, description: description(describeShape(value)) };
}
