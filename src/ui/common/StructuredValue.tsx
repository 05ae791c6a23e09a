import type { Structured } from '../../model/record';
import { KeyValueRows } from './KeyValueRows';
import { ValueList } from './ValueList';

/** An object-or-JSON-string value: objects as rows, lists as items, anything else as text. */
export function StructuredValue({ value, testId }: { value: Structured; testId?: string }) {
  switch (value.kind) {
    case 'object':
      return (
        <KeyValueRows
          entries={Object.entries(value.value)}
          testId={testId}
          placeOf={(key) => ({ parent: value.value, key })}
        />
      );
    case 'list':
      return (
        <div data-testid={testId}>
          <ValueList values={value.value} />
        </div>
      );
    case 'text':
      return (
        <p class="value-text" data-testid={testId}>
          {value.text}
        </p>
      );
    case 'none':
      return null;
  }
}
