import { ui } from '../../strings';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  /** 0-based index of the current hit, or -1. */
  current: number;
  total: number;
  onStep: (delta: 1 | -1) => void;
}

/** The search box over a transcript: Enter / Shift+Enter and the arrow buttons move between hits. */
export function SearchBox({ query, onQuery, current, total, onStep }: Props) {
  const position =
    query === ''
      ? ''
      : total === 0
        ? ui.transcript.noMatches
        : ui.transcript.matchPosition(current + 1, total);
  return (
    <search class="search">
      <input
        type="search"
        class="search__input"
        aria-label={ui.transcript.searchLabel}
        placeholder={ui.transcript.searchPlaceholder}
        value={query}
        data-testid="transcript-search"
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }}
      />
      <output class="search__position" aria-live="polite" data-testid="match-position">
        {position}
      </output>
      <button
        type="button"
        class="button button--icon"
        aria-label={ui.transcript.previousMatch}
        title={ui.transcript.previousMatch}
        disabled={total === 0}
        onClick={() => onStep(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="button button--icon"
        aria-label={ui.transcript.nextMatch}
        title={ui.transcript.nextMatch}
        disabled={total === 0}
        onClick={() => onStep(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </search>
  );
}
