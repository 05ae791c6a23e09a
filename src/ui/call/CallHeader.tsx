import type { CallRecord } from '../../model/record';
import { formatDuration } from '../../model/time';
import { card } from '../../strings';
import { OutcomeBadge } from './OutcomeBadge';
import { StartTime } from './StartTime';
import { customerName, failurePhrases, outcomePhrases, sourceLine } from './words';

/**
 * Which platform and event, who was called, and in one line what happened: the outcome in words,
 * who ended it, and what went wrong, so a failure is never 1,400 px below a "Completed".
 */
export function CallHeader({ call, formatLabel }: { call: CallRecord; formatLabel?: string }) {
  const { customer, timing } = call;
  const failures = failurePhrases(call);
  return (
    <header class="card-header" data-testid="card-header">
      <p class="card-header__source" data-testid="call-source">
        {sourceLine(call, formatLabel)}
      </p>
      <div class="card-header__lead">
        <h2 class="card-header__name" data-testid="lead-name">
          {customerName(call)}
        </h2>
        {customer.name && (
          <span class="card-header__phone" data-testid="lead-phone">
            {customer.number || card.header.noNumber}
          </span>
        )}
      </div>
      <p class="card-header__line" data-testid="call-outcome">
        <OutcomeBadge call={call} testId="status-badge" />{' '}
        <span>{outcomePhrases(call).join(' · ')}</span>
        {failures.length > 0 && (
          <span class="card-header__failures" data-testid="call-failures">
            {failures.join(' · ')}
          </span>
        )}
      </p>
      {(timing.duration !== undefined || timing.start !== undefined) && (
        <dl class="facts">
          {timing.duration !== undefined && (
            <div class="facts__row">
              <dt>{card.header.duration}</dt>
              <dd data-testid="duration">{formatDuration(timing.duration.seconds)}</dd>
            </div>
          )}
          {timing.start !== undefined && (
            <div class="facts__row">
              <dt>{card.header.started}</dt>
              <dd data-testid="start-time">
                <StartTime start={timing.start} timing={timing} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </header>
  );
}
