import { formatDuration } from '../../model';
import type { CallRecord, EndReason, Glossed } from '../../model/call-record';
import { ui } from '../../strings';
import { CodeBadge } from '../common/Badge';
import { StartTime } from './StartTime';

function StatusFact({ status }: { status: Glossed }) {
  return (
    <div class="facts__row">
      <dt>{ui.card.status}</dt>
      <dd>
        <CodeBadge kind={ui.card.status} code={status} testId="status-badge" />{' '}
        <span class="explanation">{status.explanation}</span>
      </dd>
    </div>
  );
}

function EndReasonFact({ reason }: { reason: EndReason }) {
  return (
    <div class="facts__row" data-testid="end-reason">
      <dt>{ui.card.endReason}</dt>
      <dd>
        <CodeBadge kind={ui.card.endReason} code={reason} />{' '}
        <span class="explanation">{reason.explanation}</span>
        {reason.customText && <p class="quote">{ui.card.customReason(reason.customText)}</p>}
        {reason.source === 'error_message' && (
          <p class="note" data-testid="end-reason-source">
            {ui.card.reasonFromErrorMessage(reason.replacedRaw)}
          </p>
        )}
      </dd>
    </div>
  );
}

/** Who was called, how the call went, how long, and when. */
export function CardHeader({ call }: { call: CallRecord }) {
  const { lead, status, endReason, timing } = call;
  const hasStart = timing.startMs !== undefined || timing.startRaw !== undefined;
  return (
    <header class="card-header" data-testid="card-header">
      <div class="card-header__lead">
        <h2 class="card-header__name" data-testid="lead-name">
          {lead.name || ui.card.unknownLead}
        </h2>
        <span class="card-header__phone" data-testid="lead-phone">
          {lead.phone || ui.card.noPhone}
        </span>
      </div>
      <dl class="facts">
        {status && <StatusFact status={status} />}
        {endReason && <EndReasonFact reason={endReason} />}
        {timing.durationSeconds !== undefined && (
          <div class="facts__row">
            <dt>{ui.card.duration}</dt>
            <dd data-testid="duration">{formatDuration(timing.durationSeconds)}</dd>
          </div>
        )}
        {hasStart && (
          <div class="facts__row">
            <dt>{ui.card.started}</dt>
            <dd data-testid="start-time">
              <StartTime timing={timing} />
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
