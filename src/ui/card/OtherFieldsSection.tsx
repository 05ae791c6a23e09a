import type { CallRecord } from '../../model/call-record';
import { ui } from '../../strings';
import { KeyValueRows } from '../common/KeyValueRows';
import { Section } from '../common/Section';

/** Whatever the model did not place, by JSON path: nothing in the payload goes unseen. */
export function OtherFieldsSection({ fields }: { fields: CallRecord['otherFields'] }) {
  if (fields.length === 0) return null;
  return (
    <Section heading={ui.otherFields.heading} testId="other-fields">
      <p class="note">{ui.otherFields.note}</p>
      <KeyValueRows entries={fields.map((field) => [field.path, field.value] as const)} />
    </Section>
  );
}
