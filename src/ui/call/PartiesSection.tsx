import type { CallRecord, Party } from '../../model/record';
import { card } from '../../strings';
import { Section } from '../common/Section';
import { Fact } from './Fact';

function hasParty(party: Party | undefined): party is Party {
  return party !== undefined && (Boolean(party.name) || Boolean(party.number));
}

function partyText(party: Party): string {
  return [party.name, party.number].filter(Boolean).join(' · ');
}

/** Who was on the call and which way it went. */
export function PartiesSection({ call }: { call: CallRecord }) {
  const rows: Array<[label: string, party: Party]> = [];
  if (hasParty(call.customer)) rows.push([card.parties.customer, call.customer]);
  if (hasParty(call.agent)) rows.push([card.parties.agent, call.agent]);
  if (hasParty(call.transferTarget)) rows.push([card.parties.transferTarget, call.transferTarget]);
  if (rows.length === 0 && call.direction === undefined) return null;
  return (
    <Section heading={card.parties.heading} testId="parties">
      <dl class="rows">
        {call.direction && (
          <Fact label={card.parties.direction} testId="direction">
            {card.parties.directions[call.direction]}
          </Fact>
        )}
        {rows.map(([label, party]) => (
          <Fact key={label} label={label} title={party.path}>
            {partyText(party)}
          </Fact>
        ))}
      </dl>
    </Section>
  );
}
