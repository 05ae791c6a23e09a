import type { BinRequest } from '../../bins';
import { bins } from '../../strings';
import type { DecodeRequest } from './decode-cache';
import { RequestRow } from './RequestRow';

interface Props {
  requests: readonly BinRequest[];
  /** Ids that arrived since the bin was opened and are not seen yet. */
  fresh?: ReadonlySet<string>;
  selectedId: string | undefined;
  onSelect: (request: BinRequest) => void;
  decodeRequest: DecodeRequest;
  zone: string;
}

const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

/** Up and Down move between rows, as in a list box; Tab still leaves the list. */
function moveFocus(event: KeyboardEvent) {
  const step = STEP[event.key];
  const { currentTarget: list, target: row } = event;
  if (step === undefined || !(list instanceof HTMLElement) || !(row instanceof HTMLElement)) return;
  const rows = [...list.querySelectorAll<HTMLElement>('.bin-row')];
  const at = rows.indexOf(row);
  const next = rows[at + step];
  if (at === -1 || next === undefined) return;
  event.preventDefault();
  next.focus();
}

/** The captured requests, newest first; each row opens its card. */
export function RequestList(props: Props) {
  const { requests, fresh, selectedId, onSelect, decodeRequest, zone } = props;
  if (requests.length === 0) {
    return (
      <p class="empty-note" data-testid="bin-empty">
        {bins.view.empty}
      </p>
    );
  }
  return (
    <ul class="bin-list" aria-label={bins.view.listLabel} onKeyDown={moveFocus}>
      {requests.map((request) => (
        <li key={request.id}>
          <RequestRow
            request={request}
            result={decodeRequest(request)}
            zone={zone}
            selected={request.id === selectedId}
            fresh={fresh?.has(request.id) ?? false}
            onSelect={onSelect}
          />
        </li>
      ))}
    </ul>
  );
}
