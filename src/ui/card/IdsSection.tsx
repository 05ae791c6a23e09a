import type { CallRecord } from '../../model/call-record';
import { ui } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';

export function IdsSection({ ids }: { ids: CallRecord['ids'] }) {
  const rows: Array<[label: string, value: string | undefined]> = [
    [ui.ids.callId, ids.callId],
    [ui.ids.modelId, ids.modelId],
    [ui.ids.externalId, ids.externalId],
  ];
  const present = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (present.length === 0) return null;
  return (
    <Section heading={ui.ids.heading} testId="ids">
      <dl class="rows">
        {present.map(([label, value]) => (
          <div class="rows__row" key={label}>
            <dt class="rows__key">{label}</dt>
            <dd class="rows__value rows__value--id">
              <code>{value}</code> <CopyButton label={ui.ids.copy(label)} getText={() => value} />
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
