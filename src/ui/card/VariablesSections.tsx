import type { CollectedVariable } from '../../model/call-record';
import { ui } from '../../strings';
import { formatValue } from '../common/format-value';
import { KeyValueRows } from '../common/KeyValueRows';
import { Section } from '../common/Section';

/** Flow-designer slots: each value, and whether it was actually collected. */
export function CollectedVariablesSection({
  variables,
}: {
  variables: readonly CollectedVariable[] | null;
}) {
  if (variables === null) {
    return (
      <Section heading={ui.variables.collectedHeading} testId="collected-variables">
        <p class="empty-note">{ui.variables.collectedNull}</p>
      </Section>
    );
  }
  if (variables.length === 0) return null;
  return (
    <Section heading={ui.variables.collectedHeading} testId="collected-variables">
      <dl class="rows">
        {variables.map((variable) => (
          <div class="rows__row" key={variable.name}>
            <dt class="rows__key">{variable.name}</dt>
            <dd class="rows__value">
              {formatValue(variable.value)}
              {variable.collected !== undefined && (
                <span class="rows__tag">
                  {variable.collected ? ui.variables.collected : ui.variables.notCollected}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** A plain object of named values (prompt variables, metadata) as rows; nothing when empty. */
export function RecordSection({
  heading,
  record,
  testId,
}: {
  heading: string;
  record: Record<string, unknown> | undefined;
  testId: string;
}) {
  const entries = Object.entries(record ?? {});
  if (entries.length === 0) return null;
  return (
    <Section heading={heading} testId={testId}>
      <KeyValueRows entries={entries} />
    </Section>
  );
}
