import type { CapturedCall } from '../../capture';
import { formatDuration } from '../../model';
import { capture } from '../../strings';
import { OutcomeBadge } from '../call/OutcomeBadge';
import { customerName } from '../call/words';
import { formatClock, formatDateTime } from './format-clock';

interface Props {
  call: CapturedCall;
  selected: boolean;
  /** The one row in the tab order (roving tabindex). */
  focusable: boolean;
  onSelect: (id: string) => void;
}

export function sourceLabel(call: CapturedCall): string {
  const source = call.source === 'request' ? capture.fromRequest : capture.fromResponse;
  return call.index === undefined ? source : `${source} · ${capture.listItem(call.index + 1)}`;
}

/** One captured call: when, where from, how it went, who, how long. */
export function CaptureRow({ call, selected, focusable, onSelect }: Props) {
  const record = call.result.call;
  const duration = record?.timing.duration?.seconds;
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      class={`capture-row${selected ? ' capture-row--selected' : ''}`}
      data-testid="capture-row"
      onClick={() => onSelect(call.id)}
      onKeyDown={(event) => {
        // Tab lands on the first row without selecting it; Enter or Space selects it.
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(call.id);
      }}
    >
      <span class="capture-row__line">
        <time class="capture-row__time" title={formatDateTime(call.startedMs)}>
          {formatClock(call.startedMs)}
        </time>
        <span class="capture-row__origin" title={call.url}>
          <span class="capture-row__method">{call.method}</span>{' '}
          <span class="capture-row__path">{call.path}</span>{' '}
          <span class="capture-row__source">{sourceLabel(call)}</span>
        </span>
      </span>
      <span class="capture-row__line">
        <span class="capture-row__status">
          {record ? (
            <OutcomeBadge call={record} testId="capture-row-status" />
          ) : (
            <span class="capture-row__format">{call.result.format.label}</span>
          )}
        </span>
        <span class="capture-row__lead" data-testid="capture-row-lead">
          {record ? customerName(record) : ''}
        </span>
        <span class="capture-row__duration">
          {duration === undefined ? capture.noDuration : formatDuration(duration)}
        </span>
      </span>
    </div>
  );
}
