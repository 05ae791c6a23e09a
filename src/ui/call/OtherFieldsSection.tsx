import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { KeyValueRows } from '../common/KeyValueRows';
import { ProgressiveList } from '../common/ProgressiveList';
import { Section } from '../common/Section';

/** Fields drawn at once; the rest follow when idle (a payload can carry 50,000). */
const CHUNK = 500;

/** Whatever the decoder did not place, by JSON path: nothing in the payload goes unseen. */
export function OtherFieldsSection({ call }: { call: CallRecord }) {
  const fields = call.otherFields;
  if (fields.length === 0) return null;
  return (
    <Section heading={card.otherFields.heading} testId="other-fields">
      <p class="note">{card.otherFields.note}</p>
      <ProgressiveList
        items={fields}
        chunk={CHUNK}
        stillRendering={card.otherFields.stillRendering}
        renderRange={(start, end) => (
          <KeyValueRows
            entries={fields.slice(start, end).map((field) => [field.path, field.value] as const)}
            placeOf={(path) => path}
          />
        )}
      />
    </Section>
  );
}
