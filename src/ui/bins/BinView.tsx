import { useCallback, useMemo, useState } from 'preact/hooks';
import { type BinTarget, binSiteUrl } from '../../bins';
import { createBinObserver } from '../../bins/observe';
import { bins } from '../../strings';
import { formatInZone, viewerTimeZone } from '../common/format-time';
import { CallEvents, CallListPane, groupOf, useCallGroups } from '../list';
import { AccessPrompt } from './AccessPrompt';
import { BinErrorPanel } from './BinErrorPanel';
import type { BinDeps } from './deps';
import { RequestDetail } from './RequestDetail';
import { type BinSession, useBinSession } from './use-bin-session';
import './bins.css';

export interface BinViewProps {
  target: BinTarget;
  deps: BinDeps;
}

/** Count, Refresh and (below the list) Load more, disabled while a load runs. */
function Toolbar({ session }: { session: BinSession }) {
  const { listing, busy } = session;
  return (
    <div class="bin-view__tools">
      {listing && (
        <span class="note" data-testid="bin-count">
          {bins.view.count(listing.requests.length, listing.total)}
        </span>
      )}
      <button
        type="button"
        class="button button--small"
        onClick={session.refresh}
        disabled={busy !== undefined}
        data-testid="bin-refresh"
      >
        {bins.view.refresh}
      </button>
    </div>
  );
}

function Listing({ session }: { session: BinSession }) {
  const [observe] = useState(createBinObserver);
  const zone = viewerTimeZone();
  const { bin, listing, busy, selected, select } = session;
  const requests = listing?.requests;
  const observations = useMemo(() => (requests ?? []).map(observe), [requests, observe]);
  const groups = useCallGroups(observations);
  const byId = useMemo(() => new Map((requests ?? []).map((r) => [r.id, r])), [requests]);
  const show = useCallback(
    (id: string) => {
      const request = byId.get(id);
      if (request !== undefined) select(request);
    },
    [byId, select],
  );
  const selectGroup = useCallback(
    (key: string) => {
      const group = groups.find((candidate) => candidate.key === key);
      if (group !== undefined) show(group.card.observation.id);
    },
    [groups, show],
  );
  const timeText = useCallback((ms: number) => formatInZone(ms, zone), [zone]);
  if (listing === undefined) return null;
  const group = groupOf(groups, selected?.id);
  const shown = selected && observations.find((observation) => observation.id === selected.id);
  const more = listing.nextCursor !== undefined && (
    <button
      type="button"
      class="button bin-view__more"
      onClick={session.loadMore}
      disabled={busy !== undefined}
      data-testid="bin-load-more"
    >
      {busy === 'more' ? bins.view.loadingMore : bins.view.loadMore}
    </button>
  );
  return (
    <div class="bin-view__body">
      <div class="bin-view__list">
        {groups.length === 0 ? (
          <p class="empty-note" data-testid="bin-empty">
            {bins.view.empty}
          </p>
        ) : (
          <CallListPane
            groups={groups}
            selectedKey={group?.key}
            onSelect={selectGroup}
            label={bins.view.listLabel}
            testId="bin"
            timeText={timeText}
            footer={more}
          />
        )}
      </div>
      <div class="bin-view__detail">
        {selected && shown ? (
          <>
            {group && (
              <CallEvents group={group} shownId={shown.id} timeText={timeText} onShow={show} />
            )}
            <RequestDetail
              request={selected}
              result={shown.result}
              siteUrl={selected.siteUrl ?? binSiteUrl(bin, selected.id)}
              zone={zone}
            />
          </>
        ) : (
          <p class="empty-note">{bins.view.pickOne}</p>
        )}
      </div>
    </div>
  );
}

function Session({ target, deps }: BinViewProps) {
  const session = useBinSession(target, deps);
  const { bin, access, busy, failure, linkedError } = session;
  const reading = access === 'granted' || access === 'unknown';
  return (
    <section
      class="bin-view"
      aria-label={bins.view.region(bin.label)}
      aria-busy={busy !== undefined || access === 'checking'}
      data-testid="bin-view"
    >
      <header class="bin-view__head">
        <h2 class="bin-view__title">{bin.label}</h2>
        {reading && <Toolbar session={session} />}
      </header>
      {(access === 'needed' || access === 'asking' || access === 'denied') && (
        <AccessPrompt origin={bin.origin} state={access} onGrant={session.grant} />
      )}
      {busy === 'first' && (
        <p class="note" role="status" data-testid="bin-loading">
          {bins.view.loading}
        </p>
      )}
      {failure && (
        <BinErrorPanel
          error={failure.error}
          atMs={failure.atMs}
          origin={bin.origin}
          onRetry={session.retry}
          onSaveApiKey={session.saveApiKey}
          onOpenGrantPage={access === 'unknown' ? session.openGrantPage : undefined}
        />
      )}
      {linkedError && (
        <p class="note" data-testid="bin-linked-error">
          {bins.view.linkedRequestFailed(linkedError.message)}
        </p>
      )}
      <Listing session={session} />
    </section>
  );
}

/**
 * A request bin's captured requests: asks for access to its site when needed, lists them newest
 * first, and opens the selected one as a card. Each bin (and linked request) gets a fresh view.
 */
export function BinView({ target, deps }: BinViewProps) {
  return <Session key={`${target.url}#${target.requestId ?? ''}`} target={target} deps={deps} />;
}
