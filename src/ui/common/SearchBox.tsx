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
/** The previous / next match buttons. */
const STEPS = [
  { step: -1, label: ui.transcript.previousMatch, arrow: '↑' },
  { step: 1, label: ui.transcript.nextMatch, arrow: '↓' },
] as const;

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
      {STEPS.map(({ step, label, arrow }) => (
        <button
          key={step}
          type="button"
          class="button button--icon"
          aria-label={label}
          title={label}
          disabled={total === 0}
          onClick={() => onStep(step)}
        >
          <span aria-hidden="true">{arrow}</span>
        </button>
      ))}
    </search>
  );
}
