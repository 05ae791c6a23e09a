import { Component, type ComponentChildren } from 'preact';
import { useProgressiveCount } from './use-progressive-count';

interface ChunkProps {
  /** The listed items; a new array re-renders the chunk. */
  items: readonly unknown[];
  start: number;
  end: number;
  /** Draws items start..end; must depend on `items` only (it is not compared). */
  renderRange: (start: number, end: number) => ComponentChildren;
}

/** A run of items that renders once: later batches appended below do not re-render it. */
class Chunk extends Component<ChunkProps> {
  override shouldComponentUpdate(next: ChunkProps): boolean {
    const { items, start, end } = this.props;
    return next.items !== items || next.start !== start || next.end !== end;
  }

  override render() {
    return this.props.renderRange(this.props.start, this.props.end);
  }
}

interface Props {
  items: readonly unknown[];
  /** Items per chunk, drawn two chunks per idle slot. */
  chunk: number;
  /** Items drawn at once, before the first paint (default: one chunk). */
  first?: number;
  renderRange: (start: number, end: number) => ComponentChildren;
  stillRendering: (shown: number, total: number) => string;
}

/**
 * A long list (thousands of tool calls, 50,000 fields) drawn a chunk at a time: the first items
 * paint at once, the rest fills in when the page is idle, with a note until it is complete.
 */
export function ProgressiveList({
  items,
  chunk,
  first = chunk,
  renderRange,
  stillRendering,
}: Props) {
  const [shown] = useProgressiveCount(items.length, first, chunk * 2);
  const chunks = [];
  for (let start = 0; start < shown; start += chunk) {
    const end = Math.min(start + chunk, shown);
    chunks.push(
      <Chunk key={start} items={items} start={start} end={end} renderRange={renderRange} />,
    );
  }
  return (
    <>
      {chunks}
      {shown < items.length && (
        <p class="note" data-testid="still-rendering">
          {stillRendering(shown, items.length)}
        </p>
      )}
    </>
  );
}
