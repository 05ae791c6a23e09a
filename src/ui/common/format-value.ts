import { type StringifyOptions, stringifyJson } from '../../model/json/stringify';
import { ui } from '../../strings';

/** Longest text shown for one value; the raw JSON view has the rest. */
export const VALUE_TEXT_CAP = 4000;

/**
 * A payload value as display text: strings as sent, other values as (pretty) JSON. Never throws:
 * JSON.stringify and String() both recurse, and a 5,000-deep array in a field overflowed the
 * stack and blanked the whole result (issue 13 §4). Only the first `cap` characters are printed.
 */
export function formatValue(
  value: unknown,
  cap = VALUE_TEXT_CAP,
  numberText?: StringifyOptions['numberText'],
): string {
  const text = valueText(value, cap, numberText);
  return text.length > cap ? text.slice(0, cap) + ui.value.truncated : text;
}

function valueText(
  value: unknown,
  cap: number,
  numberText: StringifyOptions['numberText'],
): string {
  if (typeof value === 'string') return value === '' ? ui.value.empty : value;
  try {
    return stringifyJson(value, { indent: 2, limit: cap + 1, numberText }) ?? '';
  } catch {
    // Only a cycle gets here, which no JSON.parse result has.
    return ui.value.unprintable;
  }
}
