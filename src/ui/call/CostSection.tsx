import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { Section } from '../common/Section';
import { costSource, costText } from './cost-text';
import { Fact } from './Fact';

/** What the call cost, in the unit the platform sent, and its parts when sent. */
export function CostSection({ call }: { call: CallRecord }) {
  if (call.costs.length === 0) return null;
  return (
    <Section heading={card.cost.heading} testId="cost">
      {call.costs.map((cost) => {
        const source = costSource(cost);
        return (
          <div key={cost.path} class="cost">
            <p class="cost__total" data-testid="cost-total" title={cost.path}>
              {costText(cost.amount, cost.unit)}
              {source && <span class="source"> ({source})</span>}
            </p>
            {cost.breakdown.length > 0 && (
              <dl class="rows" aria-label={card.cost.breakdown} data-testid="cost-breakdown">
                {cost.breakdown.map((part, index) => (
                  <Fact key={index} label={part.item}>
                    {costText(part.amount, cost.unit)}
                  </Fact>
                ))}
              </dl>
            )}
          </div>
        );
      })}
    </Section>
  );
}
