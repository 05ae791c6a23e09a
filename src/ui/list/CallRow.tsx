import type { CallGroup } from '../../model/group-calls';
import { formatDuration } from '../../model/time';
import { list, outcome } from '../../strings';
import { vendorName } from '../../strings/glossary/index';
import { failurePhrases } from '../call/words';
import { Badge } from '../common/Badge';
import { originText } from './origin';

export interface CallRowProps {
  group: CallGroup;
  selected: boolean;
  /** The one row in the tab order (roving tabindex). */
  focusable: boolean;
  /** Arrived since the list was opened and not seen yet (bins mark these). */
  isNew: boolean;
  /** Prefix of the row's test ids: `bin` gives `bin-row`, `bin-row-status`… */
  testId: string;
  timeText: (ms: number) => string;
  onSelect: (key: string) => void;
}

function When({ ms, timeText }: { ms: number | undefined; timeText: (ms: number) => string }) {
  if (ms === undefined) return <span class="call-row__time">{list.noTime}</span>;
  return (
    <time class="call-row__time" dateTime={new Date(ms).toISOString()}>
      {timeText(ms)}
    </time>
  );
}

/** One call: when, which platform, how it went and what failed, who, how long, how many events. */
export function CallRow(props: CallRowProps) {
  const { group, selected, focusable, isNew, testId, timeText, onSelect } = props;
  const { observation } = group.card;
  const { call, format } = observation.result;
  const customer = call && (call.customer.name || call.customer.number || list.unknownCustomer);
  const duration = call?.timing.duration?.seconds;
  // Failures belong in every row, not only 1,400 px down a card ("Transfer failed: …").
  const failures = call ? failurePhrases(call) : [];
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      class={`call-row${selected ? ' call-row--selected' : ''}${isNew ? ' call-row--new' : ''}`}
      data-testid={`${testId}-row`}
      data-request-id={observation.id}
      data-group-key={group.key}
      onClick={() => onSelect(group.key)}
      onKeyDown={(event) => {
        // Tab lands on a row without selecting it; Enter or Space selects it.
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(group.key);
      }}
    >
      <span class="call-row__line">
        <When ms={group.latestMs} timeText={timeText} />
        {format.vendor && <span class="call-row__platform">{vendorName(format.vendor)}</span>}
        <span class="call-row__origin" title={observation.request?.url}>
          {originText(observation)}
        </span>
        {isNew && (
          <span class="call-row__new" data-testid={`${testId}-row-new`}>
            {list.newMark}
          </span>
        )}
      </span>
      <span class="call-row__line">
        {call ? (
          <Badge
            kind={list.filterOutcome}
            label={outcome[call.outcome.category].label}
            tone={outcome[call.outcome.category].tone}
            testId={`${testId}-row-status`}
          />
        ) : (
          <span class="call-row__format">{format.label}</span>
        )}
        {failures.length > 0 && (
          <span
            class="call-row__failures"
            title={failures.join(' · ')}
            data-testid={`${testId}-row-failures`}
          >
            {failures.join(' · ')}
          </span>
        )}
        {customer && (
          <span class="call-row__customer" data-testid={`${testId}-row-lead`}>
            {customer}
          </span>
        )}
        {call && (
          <span class="call-row__duration">
            {duration === undefined ? list.noDuration : formatDuration(duration)}
          </span>
        )}
        {group.events.length > 1 && (
          <span class="call-row__count" data-testid={`${testId}-row-events`}>
            {list.events(group.events.length)}
          </span>
        )}
        {group.deliveries > 1 && (
          <span class="call-row__count" data-testid={`${testId}-row-deliveries`}>
            {list.delivered(group.deliveries)}
          </span>
        )}
      </span>
    </div>
  );
}
