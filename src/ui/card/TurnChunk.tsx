import { Component, createRef } from 'preact';
import type { Turn } from '../../model/call-record';
import { ui } from '../../strings';
import type { HighlightStore } from './highlight-store';
import type { TranscriptMatch } from './transcript-search';
import { splitByMatches } from './transcript-search';
import { speakerName } from './transcript-text';

/** Rough height of one turn, for the size a chunk claims before it is first laid out. */
const ESTIMATED_TURN_PX = 64;
/** How far outside the visible area a chunk still counts as on screen for highlighting. */
const NEAR_MARGIN = '800px 0px';

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
  highlight: HighlightStore;
}

/**
 * A run of turns rendered as one unit. It re-renders for search only while it is near the
 * screen, shows marks, or holds the current hit, so typing a query over a long call stays quick.
 * The chunk, not each turn, carries `content-visibility: auto` (see card.css): with it on every
 * turn, Chromium took over 2 s to remove a 10,000-turn transcript, and each appended batch
 * re-laid out every turn before it.
 */
export class TurnChunk extends Component<ChunkProps, { near: boolean }> {
  // Test DOMs have no (working) IntersectionObserver: there, and for the first chunk, assume near.
  override state = { near: this.props.start === 0 || typeof IntersectionObserver !== 'function' };
  private readonly root = createRef<HTMLDivElement>();
  private showsMarks = false;
  private scrolledTo: TranscriptMatch | undefined;
  private unsubscribe: (() => void) | undefined;
  private observer: IntersectionObserver | undefined;

  override componentDidMount() {
    this.unsubscribe = this.props.highlight.subscribe(() => {
      if (this.state.near || this.showsMarks || this.holdsCurrent()) this.forceUpdate();
    });
    if (typeof IntersectionObserver === 'function' && this.root.current) {
      this.observer = new IntersectionObserver(
        ([entry]) => entry && this.setState({ near: entry.isIntersecting }),
        { rootMargin: NEAR_MARGIN },
      );
      this.observer.observe(this.root.current);
    }
    this.scrollToCurrent();
  }

  override componentDidUpdate() {
    this.scrollToCurrent();
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
    this.observer?.disconnect();
  }

  override shouldComponentUpdate(next: ChunkProps, nextState: { near: boolean }): boolean {
    const { turns, start, end, highlight } = this.props;
    if (next.turns !== turns || next.start !== start || next.end !== end) return true;
    if (next.highlight !== highlight) return true;
    // Coming into view matters only when there is something to highlight.
    return nextState.near !== this.state.near && highlight.state.pattern !== undefined;
  }

  private holdsCurrent(): boolean {
    const current = this.props.highlight.state.current;
    return (
      current !== undefined && current.turn >= this.props.start && current.turn < this.props.end
    );
  }

  /** Brings a newly current hit into view, once per hit. */
  private scrollToCurrent() {
    const current = this.props.highlight.state.current;
    if (!current || current === this.scrolledTo || !this.holdsCurrent()) return;
    this.scrolledTo = current;
    // Centred, so the lines around the match are read with it, not cut off at the edge.
    // scrollIntoView is missing in some test DOMs.
    this.root.current?.querySelector('[data-current-match]')?.scrollIntoView?.({ block: 'center' });
  }

  override render() {
    const { turns, start, end, highlight } = this.props;
    const { pattern, current } = highlight.state;
    const marked = pattern && (this.state.near || this.holdsCurrent()) ? pattern : undefined;
    this.showsMarks = marked !== undefined;
    const items = [];
    for (let index = start; index < end; index++) {
      const turn = turns[index];
      if (!turn) break;
      items.push(
        // biome-ignore lint/a11y/useSemanticElements: a listitem of the transcript list, inside a chunk box
        <div key={index} role="listitem" class={`turn turn--${turn.speaker}`} data-testid="turn">
          <span
            class="turn__speaker"
            title={turn.label ? ui.transcript.asWritten(turn.label) : undefined}
          >
            {speakerName(turn.speaker)}
          </span>
          <TurnText
            text={turn.text}
            pattern={marked}
            currentOccurrence={current?.turn === index ? current.occurrence : -1}
          />
        </div>,
      );
    }
    const estimate = `auto ${(end - start) * ESTIMATED_TURN_PX}px`;
    return (
      <div class="turn-chunk" ref={this.root} style={{ containIntrinsicSize: estimate }}>
        {items}
      </div>
    );
  }
}
