import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { ui } from '../../strings';
import { CopyButton } from './CopyButton';
import { HighlightStore } from './highlight-store';
import { type Marks, SearchableChunk } from './SearchableChunk';
import { SearchBox } from './SearchBox';
import { findMatches, searchPattern } from './text-search';
import { useProgressiveCount } from './use-progressive-count';

/** Turns per memoised chunk. */
const CHUNK = 200;
/** Turns drawn before the first paint: more than a tall screen holds; the rest follow when idle. */
const FIRST_SCREEN = 40;
/** Turns added per idle slot afterwards (a multiple of CHUNK keeps chunks whole). */
const STEP = CHUNK * 2;

interface Props<T extends { text: string }> {
  turns: readonly T[];
  /** Draws turn `index` (a role="listitem"); must depend on `turns` only. */
  renderTurn: (index: number, marks: Marks) => ComponentChildren;
  /** The transcript as plain text, built only when copied. */
  asText: () => string;
}

/**
 * A transcript's turns, searchable and copyable, rendered in chunks: the first screen paints at
 * once and the rest fills in when idle, so a 10,000-turn call never freezes the page.
 */
export function SearchableTurns<T extends { text: string }>({
  turns,
  renderTurn,
  asText,
}: Props<T>) {
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const [shown, reveal] = useProgressiveCount(turns.length, FIRST_SCREEN, STEP);
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
      <SearchableChunk
        key={start}
        items={turns}
        start={start}
        end={end}
        highlight={highlight}
        renderItem={renderTurn}
      />,
    );
  }

  return (
    <>
      <div class="transcript__tools">
        <SearchBox
          query={query}
          onQuery={onQuery}
          current={current ? cursor : -1}
          total={matches.length}
          onStep={step}
        />
        <CopyButton
          label={ui.transcript.copy}
          text={ui.transcript.copy}
          getText={asText}
          testId="copy-transcript"
        />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: chunk boxes sit between the list and its items (see SearchableChunk), which <ol> does not allow */}
      <div class="transcript__turns" role="list">
        {chunks}
      </div>
      {shown < turns.length && (
        <p class="note">{ui.transcript.stillRendering(shown, turns.length)}</p>
      )}
    </>
  );
}
