import { capture } from '../../strings';

interface Props {
  paused: boolean;
  preserve: boolean;
  canClear: boolean;
  onPause: (paused: boolean) => void;
  onClear: () => void;
  onPreserve: (preserve: boolean) => void;
}

/** Pause, clear, and whether the list survives navigation; on the list's filter line. */
export function CaptureToolbar(props: Props) {
  const { paused, preserve, canClear, onPause, onClear, onPreserve } = props;
  return (
    <div class="capture-toolbar">
      <button
        type="button"
        class="button button--small"
        data-testid="capture-pause"
        onClick={() => onPause(!paused)}
      >
        {paused ? capture.resume : capture.pause}
      </button>
      <button
        type="button"
        class="button button--small"
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
