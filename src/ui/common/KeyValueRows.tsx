import { formatValue } from './format-value';

interface Props {
  entries: Array<readonly [string, unknown]>;
  testId?: string;
}

/** Key/value rows of payload data; values are text (objects shown as indented JSON). */
export function KeyValueRows({ entries, testId }: Props) {
  return (
    <dl class="rows" data-testid={testId}>
      {entries.map(([key, value]) => (
        <div class="rows__row" key={key}>
          <dt class="rows__key">{key}</dt>
          <dd class="rows__value">{formatValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
