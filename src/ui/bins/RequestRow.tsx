import type { BinRequest } from '../../bins';
import { formatDuration } from '../../model';
import type { CallDecodeResult } from '../../model/decode-call';
import { bins } from '../../strings';
import { OutcomeBadge } from '../call/OutcomeBadge';
import { customerName } from '../call/words';
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

function CallSummary({ result }: { result: CallDecodeResult }) {
  const { call } = result;
  if (call === undefined) {
    return <span class="bin-row__other">{bins.view.notACall}</span>;
  }
  const { duration } = call.timing;
  return (
    <span class="bin-row__call">
      <OutcomeBadge call={call} testId="bin-row-status" />
      <span class="bin-row__lead">{customerName(call)}</span>
      {duration !== undefined && (
        <span class="bin-row__duration">{formatDuration(duration.seconds)}</span>
      )}
    </span>
  );
}

interface Props {
  request: BinRequest;
  result: CallDecodeResult;
  zone: string;
  selected: boolean;
  onSelect: (request: BinRequest) => void;
}

/** One captured request: when, how, and for a call its status, lead and duration. */
export function RequestRow({ request, result, zone, selected, onSelect }: Props) {
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
      </span>
      <CallSummary result={result} />
    </button>
  );
}
