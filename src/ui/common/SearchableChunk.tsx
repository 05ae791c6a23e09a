import { Component, type ComponentChildren, createRef } from 'preact';
import type { HighlightStore } from './highlight-store';
import type { TextMatch } from './text-search';
import { splitByMatches } from './text-search';

/** Rough height of one turn, for the size a chunk claims before it is first laid out. */
const ESTIMATED_TURN_PX = 64;
/** How far outside the visible area a chunk still counts as on screen for highlighting. */
const NEAR_MARGIN = '800px 0px';

/** What to highlight in one item's text: the pattern (when on screen) and the current hit. */
export interface Marks {
  pattern: RegExp | undefined;
  /** Which hit in this item's text is the current one, or -1. */
  currentOccurrence: number;
}

/** Item text with search hits wrapped in <mark>, built from text nodes only. */
export function MarkedText({
  text,
  marks,
  class: className,
}: {
  text: string;
  marks: Marks;
  class: string;
}) {
  const { pattern, currentOccurrence } = marks;
  if (!pattern) return <p class={className}>{text}</p>;
  let occurrence = -1;
  return (
    <p class={className}>
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

export interface ChunkProps {
  /** The searched items; a new array re-renders the chunk. */
  items: readonly unknown[];
  start: number;
  end: number;
  highlight: HighlightStore;
  /** Draws item `index` with its marks. Must depend on `items` only (it is not compared). */
  renderItem: (index: number, marks: Marks) => ComponentChildren;
}

/**
 * A run of searchable items (transcript turns) rendered as one unit. It re-renders for search
 * only while it is near the screen, shows marks, or holds the current hit, so typing a query over
 * a long call stays quick. The chunk, not each turn, carries `content-visibility: auto` (see
 * call.css): with it on every turn, Chromium took over 2 s to remove a 10,000-turn transcript,
 * and each appended batch re-laid out every turn before it.
 */
export class SearchableChunk extends Component<ChunkProps, { near: boolean }> {
  // Test DOMs have no (working) IntersectionObserver: there, and for the first chunk, assume near.
  override state = { near: this.props.start === 0 || typeof IntersectionObserver !== 'function' };
  private readonly root = createRef<HTMLDivElement>();
  private showsMarks = false;
  private scrolledTo: TextMatch | undefined;
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
    const { items, start, end, highlight } = this.props;
    if (next.items !== items || next.start !== start || next.end !== end) return true;
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
    const { items, start, end, highlight, renderItem } = this.props;
    const { pattern, current } = highlight.state;
    const marked = pattern && (this.state.near || this.holdsCurrent()) ? pattern : undefined;
    this.showsMarks = marked !== undefined;
    const rendered = [];
    for (let index = start; index < Math.min(end, items.length); index++) {
      rendered.push(
        renderItem(index, {
          pattern: marked,
          currentOccurrence: current?.turn === index ? current.occurrence : -1,
        }),
      );
    }
    const estimate = `auto ${(end - start) * ESTIMATED_TURN_PX}px`;
    return (
      <div class="turn-chunk" ref={this.root} style={{ containIntrinsicSize: estimate }}>
        {rendered}
      </div>
    );
  }
}
