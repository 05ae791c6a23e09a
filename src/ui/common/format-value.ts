import { ui } from '../../strings';

/** Longest text shown for one value; the raw JSON view has the rest. */
export const VALUE_TEXT_CAP = 4000;

/** A payload value as display text: strings as sent, other values as (pretty) JSON. */
export function formatValue(value: unknown, cap = VALUE_TEXT_CAP): string {
  const text = valueText(value);
  return text.length > cap ? text.slice(0, cap) + ui.value.truncated : text;
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value === '' ? ui.value.empty : value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
