import type { CaptureFilter, StatusChoice } from '../../capture';
import { capture } from '../../strings';

interface Props {
  filter: CaptureFilter;
  statuses: readonly StatusChoice[];
  paused: boolean;
  preserve: boolean;
  canClear: boolean;
  onFilter: (filter: CaptureFilter) => void;
  onPause: (paused: boolean) => void;
  onClear: () => void;
  onPreserve: (preserve: boolean) => void;
}

/** Filter by text and status, pause, clear, and whether the list survives navigation. */
export function CaptureToolbar(props: Props) {
  const { filter, statuses, paused, preserve, canClear, onFilter, onPause, onClear, onPreserve } =
    props;
  // A status chosen before a clear stays selectable, so the select never shows a blank value.
  const choices =
    filter.status === '' || statuses.some((choice) => choice.raw === filter.status)
      ? statuses
      : [...statuses, { raw: filter.status, label: filter.status, count: 0 }];
  return (
    <div class="capture-toolbar">
      <input
        type="search"
        class="capture-toolbar__text"
        aria-label={capture.filterText}
        placeholder={capture.filterTextPlaceholder}
        value={filter.text}
        data-testid="capture-filter-text"
        onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
      />
      <label class="capture-toolbar__field">
        <span>{capture.filterStatus}</span>
        <select
          value={filter.status}
          data-testid="capture-filter-status"
          onChange={(event) => onFilter({ ...filter, status: event.currentTarget.value })}
        >
          <option value="">{capture.allStatuses}</option>
          {choices.map((choice) => (
            <option key={choice.raw} value={choice.raw}>
              {capture.statusChoice(choice.label, choice.count)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="button"
        data-testid="capture-pause"
        onClick={() => onPause(!paused)}
      >
        {paused ? capture.resume : capture.pause}
      </button>
      <button
        type="button"
        class="button"
        data-testid="capture-clear"
        disabled={!canClear}
        onClick={onClear}
      >
        {capture.clear}
      </button>
      <label class="capture-toolbar__field">
        <input
          type="checkbox"
          checked={preserve}
          data-testid="capture-preserve"
          onChange={(event) => onPreserve(event.currentTarget.checked)}
        />
        <span>{capture.preserve}</span>
      </label>
    </div>
  );
}
