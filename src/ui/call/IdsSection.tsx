import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';

/** Every id the platform sent, labelled, each with its own copy button. */
export function IdsSection({ call }: { call: CallRecord }) {
  if (call.ids.length === 0) return null;
  return (
    <Section heading={card.ids.heading} testId="ids">
      <dl class="rows">
        {call.ids.map((id) => {
          const label = card.ids.label(id.kind);
          return (
            <div class="rows__row" key={id.path} title={id.path}>
              <dt class="rows__key">{label}</dt>
              <dd class="rows__value rows__value--id">
                <code>{id.value}</code>{' '}
                <CopyButton label={card.ids.copy(label)} getText={() => id.value} />
              </dd>
            </div>
          );
        })}
      </dl>
    </Section>
  );
}
