import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Transcript } from '../../model/call-record';
import { ui } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';
import { HighlightStore } from './highlight-store';
import { TranscriptSearch } from './TranscriptSearch';
import { TurnChunk } from './TurnChunk';
import { findMatches, searchPattern } from './transcript-search';
import { transcriptAsText } from './transcript-text';
import { useProgressiveCount } from './use-progressive-count';

/** Turns per memoised chunk; the first chunk is what paints at once. */
const CHUNK = 200;
/** Turns added per idle slot afterwards (a multiple of CHUNK keeps chunks whole). */
const STEP = CHUNK * 2;

function TranscriptTurns({ transcript }: { transcript: Transcript }) {
  const { turns } = transcript;
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const [shown, reveal] = useProgressiveCount(turns.length, CHUNK, STEP);
  const highlight = useMemo(() => new HighlightStore(), []);

  const pattern = useMemo(() => searchPattern(query), [query]);
  const matches = useMemo(() => (pattern ? findMatches(turns, pattern) : []), [turns, pattern]);
  const current = matches[cursor];

  const step = (delta: 1 | -1) => {
    if (matches.length > 0) setCursor((cursor + delta + matches.length) % matches.length);
  };
  const onQuery = (next: string) => {
    setQuery(next);
    setCursor(0);
  };

  useLayoutEffect(() => highlight.set({ pattern, current }), [highlight, pattern, current]);
  // Search runs over the model, so a hit may sit in a turn not rendered yet: render up to it.
  useEffect(() => {
    if (current && current.turn >= shown) reveal(current.turn + 1);
  }, [current, shown, reveal]);

  const chunks = [];
  for (let start = 0; start < shown; start += CHUNK) {
    const end = Math.min(start + CHUNK, shown);
    chunks.push(
      <TurnChunk key={start} turns={turns} start={start} end={end} highlight={highlight} />,
    );
  }

  return (
    <>
      <div class="transcript__tools">
        <TranscriptSearch
          query={query}
          onQuery={onQuery}
          current={current ? cursor : -1}
          total={matches.length}
          onStep={step}
        />
        <CopyButton
          label={ui.transcript.copy}
          text={ui.transcript.copy}
          getText={() => transcriptAsText(turns)}
          testId="copy-transcript"
        />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: chunk boxes sit between the list and its items (see TurnChunk), which <ol> does not allow */}
      <div class="transcript__turns" role="list">
        {chunks}
      </div>
      {shown < turns.length && (
        <p class="note">{ui.transcript.stillRendering(shown, turns.length)}</p>
      )}
    </>
  );
}

/** The conversation as chat turns, searchable and copyable. */
export function TranscriptSection({ transcript }: { transcript: Transcript }) {
  const count = transcript.turns.length;
  return (
    <Section
      heading={ui.transcript.heading}
      tools={
        count > 0 && (
          <span class="count" data-testid="turn-count">
            {ui.transcript.turnCount(count)}
          </span>
        )
      }
      testId="transcript"
      class="transcript"
    >
      {count > 0 ? (
        <TranscriptTurns transcript={transcript} />
      ) : (
        <p class="empty-note" data-testid="transcript-empty">
          {transcript.state === 'missing' ? ui.transcript.missing : ui.transcript.empty}
        </p>
      )}
    </Section>
  );
}
