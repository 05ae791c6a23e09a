import type { BinRequest } from '../../bins';
import { formatDuration } from '../../model';
import type { DecodeResult } from '../../model/call-record';
import { bins, ui } from '../../strings';
import { CodeBadge } from '../common/Badge';
import { formatInZone } from '../common/format-time';

/** When the bin received the request, in the viewer's zone (webhook.site records UTC). */
export function ReceivedAt({ ms, zone }: { ms: number | undefined; zone: string }) {
  if (ms === undefined) return <span class="bin-row__time">{bins.view.noTime}</span>;
  return (
    <time class="bin-row__time" dateTime={new Date(ms).toISOString()}>
      {formatInZone(ms, zone)}
    </time>
  );
}

function CallSummary({ result }: { result: DecodeResult }) {
  const { call } = result;
  if (call === undefined) {
    return <span class="bin-row__other">{bins.view.notACall}</span>;
  }
  const { status, lead, timing } = call;
  return (
    <span class="bin-row__call">
      {status && <CodeBadge kind={ui.card.status} code={status} testId="bin-row-status" />}
      <span class="bin-row__lead">{lead.name || ui.card.unknownLead}</span>
      {timing.durationSeconds !== undefined && (
        <span class="bin-row__duration">{formatDuration(timing.durationSeconds)}</span>
      )}
    </span>
  );
}

interface Props {
  request: BinRequest;
  result: DecodeResult;
  zone: string;
  selected: boolean;
  /** Arrived since the bin was opened and not seen yet. */
  fresh?: boolean;
  onSelect: (request: BinRequest) => void;
}

/** One captured request: when, how, and for a call its status, lead and duration. */
export function RequestRow({ request, result, zone, selected, fresh, onSelect }: Props) {
  return (
    <button
      type="button"
      class="bin-row"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(request)}
      data-testid="bin-row"
      data-request-id={request.id}
    >
      <span class="bin-row__meta">
        <ReceivedAt ms={request.receivedAtMs} zone={zone} />
        {request.method && <span class="bin-row__method">{request.method}</span>}
        {fresh && (
          <span class="bin-row__new" data-testid="bin-row-new">
            {bins.view.newMark}
          </span>
        )}
      </span>
      <CallSummary result={result} />
    </button>
  );
}
