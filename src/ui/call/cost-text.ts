import type { Cost } from '../../model/record';
import { card } from '../../strings';

const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  // Per-call costs are often fractions of a cent (Retell's 0.0708 cents is $0.000708).
  maximumFractionDigits: 6,
});
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * An amount in its own unit: dollars as $, cents converted to $, credits as credits and never as
 * money (ElevenLabs credits have no fixed price).
 */
export function costText(amount: number, unit: Cost['unit']): string {
  switch (unit) {
    case 'usd':
      return dollars.format(amount);
    case 'cents':
      return dollars.format(amount / 100);
    case 'credits':
      return card.cost.credits(count.format(amount));
  }
}

/** For cents, the amount as sent, so the conversion can be checked against the payload. */
export function costSource(cost: Cost): string | undefined {
  return cost.unit === 'cents' ? card.cost.centsNote(count.format(cost.amount)) : undefined;
}
