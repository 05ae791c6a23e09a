import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { AsSentMark, useNumbersAsSent } from '../common/as-sent';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';

/** Every id the platform sent, labelled, each with its own copy button. */
export function IdsSection({ call }: { call: CallRecord }) {
  const numbers = useNumbersAsSent();
  if (call.ids.length === 0) return null;
  return (
    <Section heading={card.ids.heading} testId="ids">
      <dl class="rows">
        {call.ids.map((id) => {
          const label = card.ids.label(id.kind);
          // A numeric id JSON.parse rounded (a 20-digit one) is kept as sent; say so.
          const source = numbers?.at(id.path);
          return (
            <div class="rows__row" key={id.path} title={id.path}>
              <dt class="rows__key">{label}</dt>
              <dd class="rows__value rows__value--id">
                <code>{id.value}</code> {source !== undefined && <AsSentMark source={source} />}
                <CopyButton label={card.ids.copy(label)} getText={() => id.value} />
              </dd>
            </div>
          );
        })}
      </dl>
    </Section>
  );
}
