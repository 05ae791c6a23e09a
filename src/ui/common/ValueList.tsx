import { payloadValue, useNumbersAsSent } from './as-sent';

/** A list of payload values (choices, examples, JSON arrays), one per item. */
export function ValueList({ values }: { values: readonly unknown[] }) {
  const numbers = useNumbersAsSent();
  return (
    <ul class="value-list">
      {values.map((value, index) => (
        // Values may repeat and never reorder: the index is the identity.
        <li key={index}>{payloadValue(value, { parent: values, key: index }, numbers)}</li>
      ))}
    </ul>
  );
}
