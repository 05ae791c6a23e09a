import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Transcript } from '../../model/call-record';
import { ui } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';
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
  const list = useRef<HTMLDivElement>(null);

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

  // Search runs over the model, so a hit may sit in a turn not rendered yet: render up to it first.
  const revealed = current !== undefined && current.turn < shown;
  useEffect(() => {
    if (current && !revealed) reveal(current.turn + 1);
  }, [current, revealed, reveal]);
  useEffect(() => {
    if (!revealed) return;
    // scrollIntoView is missing in some test DOMs; in browsers it brings the hit into view.
    list.current?.querySelector('[data-current-match]')?.scrollIntoView?.({ block: 'nearest' });
  }, [current, revealed]);

  const chunks = [];
  for (let start = 0; start < shown; start += CHUNK) {
    const end = Math.min(start + CHUNK, shown);
    const inChunk = current && current.turn >= start && current.turn < end;
    chunks.push(
      <TurnChunk
        key={start}
        turns={turns}
        start={start}
        end={end}
        pattern={pattern}
        currentTurn={inChunk ? current.turn : -1}
        currentOccurrence={inChunk ? current.occurrence : -1}
      />,
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
      <div class="transcript__turns" role="list" ref={list}>
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
