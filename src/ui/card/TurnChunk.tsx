import { Component } from 'preact';
import type { Turn } from '../../model/call-record';
import { ui } from '../../strings';
import { splitByMatches } from './transcript-search';
import { speakerName } from './transcript-text';

interface TurnTextProps {
  text: string;
  pattern: RegExp | undefined;
  /** Which hit in this text is the current one, or -1. */
  currentOccurrence: number;
}

/** Turn text with search hits wrapped in <mark>, built from text nodes only. */
function TurnText({ text, pattern, currentOccurrence }: TurnTextProps) {
  if (!pattern) return <p class="turn__text">{text}</p>;
  let occurrence = -1;
  return (
    <p class="turn__text">
      {splitByMatches(text, pattern).map((segment, index) => {
        if (!segment.match) return segment.text;
        occurrence++;
        const current = occurrence === currentOccurrence;
        return (
          <mark
            key={index}
            class={current ? 'match match--current' : 'match'}
            data-current-match={current ? '' : undefined}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}

interface ChunkProps {
  turns: readonly Turn[];
  start: number;
  end: number;
  pattern: RegExp | undefined;
  /** The turn holding the current hit if it is in this chunk, else -1. */
  currentTurn: number;
  currentOccurrence: number;
}

/** Rough height of one turn, for the size a chunk claims before it is first laid out. */
const ESTIMATED_TURN_PX = 64;

/**
 * A run of turns rendered as one memoised unit, so growing a long transcript or moving between
 * hits re-renders only the chunks that changed. The chunk, not each turn, carries
 * `content-visibility: auto` (see card.css): with it on every turn, Chromium took over 2 s to
 * remove a 10,000-turn transcript, and each appended batch re-laid out every turn before it.
 */
export class TurnChunk extends Component<ChunkProps> {
  override shouldComponentUpdate(next: ChunkProps): boolean {
    const current = this.props;
    return (Object.keys(next) as Array<keyof ChunkProps>).some((key) => next[key] !== current[key]);
  }

  override render() {
    const { turns, start, end, pattern, currentTurn, currentOccurrence } = this.props;
    const items = [];
    for (let index = start; index < end; index++) {
      const turn = turns[index];
      if (!turn) break;
      items.push(
        <div key={index} role="listitem" class={`turn turn--${turn.speaker}`} data-testid="turn">
          <span
            class="turn__speaker"
            title={turn.label ? ui.transcript.asWritten(turn.label) : undefined}
          >
            {speakerName(turn.speaker)}
          </span>
          <TurnText
            text={turn.text}
            pattern={pattern}
            currentOccurrence={index === currentTurn ? currentOccurrence : -1}
          />
        </div>,
      );
    }
    const estimate = `auto ${(end - start) * ESTIMATED_TURN_PX}px`;
    return (
      <div class="turn-chunk" style={{ containIntrinsicSize: estimate }}>
        {items}
      </div>
    );
  }
}
