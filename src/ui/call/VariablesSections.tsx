import { childPath } from '../../model/json/path';
import type { CallRecord, VariableGroup } from '../../model/record';
import { card } from '../../strings';
import { payloadValue, useNumbersAsSent } from '../common/as-sent';
import { Section } from '../common/Section';

function VariableGroupSection({ group }: { group: VariableGroup }) {
  const heading = card.variables.heading(group.kind);
  const numbers = useNumbersAsSent();
  return (
    <Section heading={heading} testId="variables">
      {group.entries === null ? (
        <p class="empty-note">{card.variables.sentNull(group.path)}</p>
      ) : (
        <dl class="rows" title={group.path}>
          {group.entries.map((entry) => (
            <div class="rows__row" key={entry.name}>
              <dt class="rows__key">{entry.name}</dt>
              <dd class="rows__value">
                {payloadValue(entry.value, childPath(group.path, entry.name), numbers)}
                {entry.collected !== undefined && (
                  <span class="rows__tag">
                    {entry.collected ? card.variables.collected : card.variables.notCollected}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

/** Each group of variables (collected, dynamic, metadata…) under its own heading; none empty. */
export function VariablesSections({ call }: { call: CallRecord }) {
  return (
    <>
      {call.variables
        .filter((group) => group.entries === null || group.entries.length > 0)
        .map((group) => (
          <VariableGroupSection key={group.path} group={group} />
        ))}
    </>
  );
}
