import { type CaptureSnapshot, MAX_BODY_CHARS } from '../../capture';
import { capture } from '../../strings';
import { formatSize } from '../common/format-size';

/** What the panel watches, shown until a call turns up. */
export function CaptureEmpty() {
  return (
    <div class="capture-empty" data-testid="capture-empty">
      <p class="capture-empty__title">{capture.emptyTitle}</p>
      <p>{capture.emptyBody}</p>
      <p>{capture.emptyOnlyWhileOpen}</p>
    </div>
  );
}

/** Honest counts: paused, JSON seen without calls, bodies too large to inspect, calls dropped. */
export function CaptureNotes({ snapshot }: { snapshot: CaptureSnapshot }) {
  const { paused, calls, jsonWithoutCall, largeSkipped, droppedOldest } = snapshot;
  return (
    <div class="capture-notes" role="status">
      {paused && (
        <p class="note note--info" data-testid="capture-paused">
          {capture.paused}
        </p>
      )}
      {calls.length === 0 && jsonWithoutCall > 0 && (
        <p class="note" data-testid="capture-json-without-call">
          {capture.jsonWithoutCall(jsonWithoutCall)}
        </p>
      )}
      {largeSkipped > 0 && (
        <p class="note" data-testid="capture-large-skipped">
          {capture.largeSkipped(largeSkipped, formatSize(MAX_BODY_CHARS))}
        </p>
      )}
      {droppedOldest > 0 && (
        <p class="note" data-testid="capture-dropped">
          {capture.droppedOldest(droppedOldest, calls.length)}
        </p>
      )}
    </div>
  );
}
