import { useMemo, useState } from 'preact/hooks';
import {
  type CaptureFilter,
  type CaptureOptions,
  filterCalls,
  type NetworkSource,
  NO_FILTER,
  statusChoices,
} from '../../capture';
import { capture } from '../../strings';
import { DecodedView } from '../result/DecodedView';
import '../theme.css';
import './capture.css';
import { CaptureList } from './CaptureList';
import { CaptureEmpty, CaptureNotes } from './CaptureNotes';
import { sourceLabel } from './CaptureRow';
import { CaptureToolbar } from './CaptureToolbar';
import { useCapture } from './use-capture';

export interface CapturePanelProps {
  /** The inspected page's traffic: DevTools' network API, or a manual source outside DevTools. */
  source: NetworkSource;
  /** When given, the selected call gets an "Open in tab" button that hands it its payload text. */
  onOpenInTab?: (text: string) => void;
  /** Batching and timing of the capture pipeline (tests make yielding deterministic). */
  options?: CaptureOptions;
}

/** Calls found in the inspected page's network traffic: a filterable list and the selected card. */
export function CapturePanel({ source, onOpenInTab, options }: CapturePanelProps) {
  const { snapshot, store } = useCapture(source, options);
  const [filter, setFilter] = useState<CaptureFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string>();
  const { calls } = snapshot;
  const visible = useMemo(() => filterCalls(calls, filter), [calls, filter]);
  const statuses = useMemo(() => statusChoices(calls), [calls]);
  const selected = calls.find((call) => call.id === selectedId);
  const hasAnything =
    calls.length > 0 ||
    snapshot.jsonWithoutCall > 0 ||
    snapshot.largeSkipped > 0 ||
    snapshot.droppedOldest > 0;

  return (
    <section class="capture" aria-label={capture.label} data-testid="capture-panel">
      <CaptureToolbar
        filter={filter}
        statuses={statuses}
        paused={snapshot.paused}
        preserve={snapshot.preserve}
        canClear={hasAnything}
        onFilter={setFilter}
        onPause={store.setPaused}
        onClear={store.clear}
        onPreserve={store.setPreserve}
      />
      <CaptureNotes snapshot={snapshot} />
      {calls.length === 0 ? (
        <CaptureEmpty />
      ) : (
        <div class="capture__body">
          <div class="capture__master">
            <p class="capture__count" data-testid="capture-count">
              {capture.count(visible.length, calls.length)}
            </p>
            {visible.length === 0 ? (
              <p class="empty-note" data-testid="capture-no-match">
                {capture.noMatch}
              </p>
            ) : (
              <CaptureList calls={visible} selectedId={selectedId} onSelect={setSelectedId} />
            )}
          </div>
          <section class="capture__detail" aria-label={capture.detailLabel}>
            {selected ? (
              <>
                <div class="capture__detail-bar">
                  <p class="capture__origin" data-testid="capture-origin">
                    {capture.origin(selected.method, selected.url, sourceLabel(selected))}
                  </p>
                  {onOpenInTab && (
                    <button
                      type="button"
                      class="button button--primary"
                      data-testid="capture-open-in-tab"
                      onClick={() => onOpenInTab(selected.text)}
                    >
                      {capture.openInTab}
                    </button>
                  )}
                </div>
                <DecodedView key={selected.id} result={selected.result} />
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
