import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { type BinTarget, binSiteUrl } from '../../bins';
import { createBinObserver } from '../../bins/observe';
import type { CallGroup } from '../../model/group-calls';
import { bins } from '../../strings';
import { formatInZone, viewerTimeZone } from '../common/format-time';
import { CallEvents, CallListPane, groupOf, useCallGroups } from '../list';
import { AccessPrompt } from './AccessPrompt';
import { BinErrorPanel } from './BinErrorPanel';
import type { BinDeps } from './deps';
import { LiveStatus } from './LiveStatus';
import { RequestDetail } from './RequestDetail';
import { type LiveBin, useLiveBin } from './use-live-bin';
import { WatchButton } from './WatchButton';
import './bins.css';

export interface BinViewProps {
  target: BinTarget;
  deps: BinDeps;
  /** Open each new call as it arrives (the user can turn it off). Default on. */
  followNewest?: boolean;
  /** The popup: the list or one request at a time, with "Back to list" between them. */
  compact?: boolean;
  /**
   * Called once the bin has been read, so the page can remember it: a bin that was denied,
   * private or gone is not worth a place among the recent ones.
   */
  onOpened?: (target: BinTarget) => void;
}

/** Count, new arrivals, the live check, Follow newest and Refresh. */
function Toolbar({ live, deps }: { live: LiveBin; deps: BinDeps }) {
  const { state, bin } = live;
  const busy = state.loading !== undefined;
  return (
    <div class="bin-view__tools">
      {state.loaded && (
        <span class="note" data-testid="bin-count">
          {bins.view.count(state.requests.length, state.total)}
        </span>
      )}
      {state.fresh.size > 0 && (
        <button
          type="button"
          class="bin-new"
          onClick={live.markAllSeen}
          data-testid="bin-new-count"
        >
          {bins.view.newCount(state.fresh.size)}
        </button>
      )}
      <LiveStatus live={live} />
      <label class="bin-follow" title={bins.view.followHint}>
        <input
          type="checkbox"
          checked={live.follow}
          onChange={(event) => live.setFollow(event.currentTarget.checked)}
          data-testid="bin-follow"
        />
        {bins.view.follow}
      </label>
      {deps.watch && <WatchButton live={live} watch={deps.watch} />}
      {bin.kind !== 'smee' && (
        <button
          type="button"
          class="button button--small"
          onClick={live.refresh}
          disabled={busy}
          data-testid="bin-refresh"
        >
          {bins.view.refresh}
        </button>
      )}
    </div>
  );
}

function Listing({ live, compact }: { live: LiveBin; compact: boolean }) {
  const [observe] = useState(createBinObserver);
  const [showList, setShowList] = useState(false);
  const zone = viewerTimeZone();
  const { bin, state, selected } = live;
  const { requests, fresh } = state;
  // Each request is decoded once, when first seen (observe keeps it), never during a row's render.
  const observations = useMemo(() => requests.map(observe), [requests, observe]);
  const groups = useCallGroups(observations);
  const byId = useMemo(() => new Map(requests.map((r) => [r.id, r])), [requests]);
  const show = useCallback(
    (id: string) => {
      const request = byId.get(id);
      if (request === undefined) return;
      live.select(request);
      setShowList(false);
    },
    [byId, live.select],
  );
  const selectGroup = useCallback(
    (key: string) => {
      const group = groups.find((candidate) => candidate.key === key);
      if (group !== undefined) show(group.card.observation.id);
    },
    [groups, show],
  );
  const isNew = useCallback(
    (group: CallGroup) => group.events.some((event) => fresh.has(event.observation.id)),
    [fresh],
  );
  const timeText = useCallback((ms: number) => formatInZone(ms, zone), [zone]);
  if (!state.loaded) return null;
  const group = groupOf(groups, selected?.id);
  const shown = selected && observations.find((observation) => observation.id === selected.id);
  const detail = selected && shown && (
    <>
      {group && group.events.length > 1 && (
        <CallEvents group={group} shownId={shown.id} timeText={timeText} onShow={show} />
      )}
      <RequestDetail
        key={selected.id}
        request={selected}
        result={shown.result}
        siteUrl={selected.siteUrl ?? binSiteUrl(bin, selected.id)}
        zone={zone}
      />
    </>
  );
  // A URL that serves one payload is that payload: its card, no list of one.
  if (bin.kind === 'json-url' && requests.length === 1) return detail || null;
  const inPlace = compact && !showList && Boolean(detail);
  const more = state.nextCursor !== undefined && (
    <button
      type="button"
      class="button bin-view__more"
      onClick={live.loadMore}
      disabled={state.loading !== undefined}
      data-testid="bin-load-more"
    >
      {state.loading === 'more' ? bins.view.loadingMore : bins.view.loadMore}
    </button>
  );
  return (
    <div class={`bin-view__body${compact ? ' bin-view__body--compact' : ''}`}>
      {!inPlace && (
        <div class="bin-view__list">
          {groups.length === 0 ? (
            <p class="empty-note" data-testid="bin-empty">
              {bin.kind === 'smee' ? bins.view.smeeWaiting : bins.view.empty}
            </p>
          ) : (
            <CallListPane
              groups={groups}
              selectedKey={group?.key}
              onSelect={selectGroup}
              label={bins.view.listLabel}
              testId="bin"
              timeText={timeText}
              isNew={isNew}
              footer={more}
            />
          )}
        </div>
      )}
      {(!compact || inPlace) && (
        <div class="bin-view__detail">
          {inPlace && (
            <button
              type="button"
              class="button button--small bin-view__back"
              onClick={() => setShowList(true)}
              data-testid="bin-back"
            >
              {bins.view.backToList}
            </button>
          )}
          {detail || <p class="empty-note">{bins.view.pickOne}</p>}
        </div>
      )}
    </div>
  );
}

function Session(props: BinViewProps) {
  const { target, deps, followNewest = true, compact = false, onOpened } = props;
  const live = useLiveBin(target, deps, followNewest);
  const { bin, access, state, linkedError } = live;
  useEffect(() => {
    if (state.loaded) onOpened?.(bin);
  }, [state.loaded]);
  const reading = access === 'granted' || access === 'unknown';
  const failure = state.failure;
  return (
    <section
      class="bin-view"
      aria-label={bins.view.region(bin.label)}
      aria-busy={state.loading !== undefined || access === 'checking'}
      data-testid="bin-view"
    >
      <header class="bin-view__head">
        <h2 class="bin-view__title">{bin.label}</h2>
        {reading && <Toolbar live={live} deps={deps} />}
      </header>
      {bin.kind === 'smee' && <p class="note">{bins.view.smeeNoHistory}</p>}
      {(access === 'needed' || access === 'asking' || access === 'denied') && (
        <AccessPrompt origin={bin.origin} state={access} onGrant={live.grant} />
      )}
      {state.loading === 'first' && !state.loaded && (
        <p class="note" role="status" data-testid="bin-loading">
          {bins.view.loading}
        </p>
      )}
      {failure && (
        <BinErrorPanel
          error={failure.error}
          atMs={failure.atMs}
          origin={bin.origin}
          onRetry={live.retry}
          onSaveApiKey={live.saveApiKey}
          onOpenGrantPage={access === 'unknown' ? live.openGrantPage : undefined}
        />
      )}
      {linkedError && (
        <p class="note" data-testid="bin-linked-error">
          {bins.view.linkedRequestFailed(linkedError.message)}
        </p>
      )}
      <Listing live={live} compact={compact} />
    </section>
  );
}

/**
 * A request bin's captured requests, live: asks for access to its site when needed, lists them
 * newest first with new arrivals on top, and opens the selected one as a card. Each bin (and
 * linked request) gets a fresh view.
 */
export function BinView(props: BinViewProps) {
  const { target } = props;
  return <Session key={`${target.url}#${target.requestId ?? ''}`} {...props} />;
}
