import type { CallRecord } from '../../model/record';
import { card, outcome } from '../../strings';
import { Badge } from '../common/Badge';

/** The vendor-neutral outcome as a badge: the same words and colours for every platform. */
export function OutcomeBadge({ call, testId }: { call: CallRecord; testId: string }) {
  const category = outcome[call.outcome.category];
  return (
    <Badge kind={card.header.outcome} label={category.label} tone={category.tone} testId={testId} />
  );
}
