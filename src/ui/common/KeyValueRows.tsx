import { payloadValue, useNumbersAsSent, type ValuePlace } from './as-sent';

interface Props {
  entries: Array<readonly [string, unknown]>;
  testId?: string;
  /** Where each entry's value sits in the payload, so a number JSON.parse changed shows as sent. */
  placeOf?: (key: string) => ValuePlace;
}

/** Key/value rows of payload data; values are text (objects shown as indented JSON). */
export function KeyValueRows({ entries, testId, placeOf }: Props) {
  const numbers = useNumbersAsSent();
  return (
    <dl class="rows" data-testid={testId}>
      {entries.map(([key, value]) => (
        <div class="rows__row" key={key}>
          <dt class="rows__key">{key}</dt>
          <dd class="rows__value">{payloadValue(value, placeOf?.(key), numbers)}</dd>
        </div>
      ))}
    </dl>
  );
}
