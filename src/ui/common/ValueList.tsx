import { formatValue } from './format-value';

/** A list of payload values (choices, examples, JSON arrays), one per item. */
export function ValueList({ values }: { values: readonly unknown[] }) {
  return (
    <ul class="value-list">
      {values.map((value, index) => (
        // Values may repeat and never reorder: the index is the identity.
        <li key={index}>{formatValue(value)}</li>
      ))}
    </ul>
  );
}
