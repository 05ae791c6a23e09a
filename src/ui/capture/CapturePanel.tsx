import { useCallback, useState } from 'preact/hooks';
import type { CaptureOptions, NetworkSource } from '../../capture';
import type { HandedPayload } from '../../model/observation';
import { capture } from '../../strings';
import { CallEvents, CallListPane, eventOf, originText, useCallGroups } from '../list';
import { DecodedView } from '../result/DecodedView';
import { RequestTools } from '../verify/RequestTools';
import '../theme.css';
import './capture.css';
import { CaptureEmpty, CaptureNotes } from './CaptureNotes';
import { CaptureToolbar } from './CaptureToolbar';
import { formatClock } from './format-clock';
import { useCapture } from './use-capture';

export interface CapturePanelProps {
  /** The inspected page's traffic: DevTools' network API, or a manual source outside DevTools. */
  source: NetworkSource;
  /**
   * When given, the selected call gets an "Open in tab" button that hands it its payload and the
   * request's headers (for the signature check and Send there).
   */
  onOpenInTab?: (payload: HandedPayload) => void;
  /** Batching and timing of the capture pipeline (tests make yielding deterministic). */
  options?: CaptureOptions;
}

interface Selection {
  key?: string;
  /** An event chosen in the selected call; its card otherwise. */
  eventId?: string;
}

/**
 * Calls found in the inspected page's network traffic, one row per call, and the selected card.
 * Fills the panel's height: the list and the card scroll on their own, the page never does.
 */
export function CapturePanel({ source, onOpenInTab, options }: CapturePanelProps) {
  const { snapshot, store } = useCapture(source, options);
  const groups = useCallGroups(snapshot.calls);
  const [selection, setSelection] = useState<Selection>({});
  const selectGroup = useCallback((key: string) => setSelection({ key }), []);
  const group = groups.find((candidate) => candidate.key === selection.key);
  const shown = group && eventOf(group, selection.eventId).observation;
  const hasAnything =
    snapshot.calls.length > 0 ||
    snapshot.jsonWithoutCall > 0 ||
    snapshot.largeSkipped > 0 ||
    snapshot.droppedOldest > 0;
  const toolbar = (
    <CaptureToolbar
      paused={snapshot.paused}
      preserve={snapshot.preserve}
      canClear={hasAnything}
      onPause={store.setPaused}
      onClear={() => {
        store.clear();
        setSelection({});
      }}
      onPreserve={store.setPreserve}
    />
  );

  return (
    <section class="capture" aria-label={capture.label} data-testid="capture-panel">
      {groups.length === 0 && <div class="capture__bar">{toolbar}</div>}
      <CaptureNotes snapshot={snapshot} />
      {groups.length === 0 ? (
        <CaptureEmpty />
      ) : (
        <div class="capture__body">
          <CallListPane
            groups={groups}
            selectedKey={selection.key}
            onSelect={selectGroup}
            label={capture.listLabel}
            testId="capture"
            timeText={formatClock}
            tools={toolbar}
          />
          <section class="capture__detail" aria-label={capture.detailLabel}>
            {group && shown ? (
              <>
                <div class="capture__detail-bar">
                  <p
                    class="capture__origin"
                    data-testid="capture-origin"
                    title={shown.request?.url}
                  >
                    {originText(shown)}
                  </p>
                  {onOpenInTab && (
                    <button
                      type="button"
                      class="button button--primary"
                      data-testid="capture-open-in-tab"
                      onClick={() => onOpenInTab(shown)}
                    >
                      {capture.openInTab}
                    </button>
                  )}
                </div>
                <CallEvents
                  group={group}
                  shownId={shown.id}
                  timeText={formatClock}
                  onShow={(eventId) => setSelection({ key: group.key, eventId })}
                />
                <DecodedView key={shown.id} result={shown.result} />
                <RequestTools
                  key={`tools ${shown.id}`}
                  rawBody={shown.rawBody}
                  headers={shown.request?.headers}
                  vendor={shown.result.format.vendor}
                />
              </>
            ) : (
              <p class="empty-note">{capture.selectHint}</p>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
