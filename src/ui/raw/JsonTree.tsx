import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NumbersAsSent } from '../../model/json/numbers-as-sent';
import { mayHoldJson, type TreeRow } from '../../model/json/tree';
import { ui } from '../../strings';
import { JsonRow } from './JsonRow';
import { ROW_HEIGHT, rowWindow, scrollTopFor } from './virtual-window';

/** View height assumed until measured (and where nothing is laid out, as in unit tests). */
const DEFAULT_VIEW_HEIGHT = 400;

export interface ScrollRequest {
  index: number;
  seq: number;
}

interface Props {
  rows: readonly TreeRow[];
  /** Numbers JSON.parse could not keep, shown as sent. */
  numbers?: NumbersAsSent;
  active: number;
  /** Row highlighted by a reveal, or -1. */
  revealed: number;
  /** Brings a row into view (and the tree into the page's view) each time `seq` changes. */
  scrollRequest?: ScrollRequest;
  onSelect: (index: number) => void;
  onToggle: (index: number) => void;
}

/** The source text of a number row JSON.parse could not keep as sent. */
export function rowAsSent(
  rows: readonly TreeRow[],
  index: number,
  numbers: NumbersAsSent | undefined,
): string | undefined {
  const row = rows[index];
  if (numbers === undefined || row?.kind !== 'number') return undefined;
  if (row.parent < 0) return numbers.at('');
  const parent = rows[row.parent]?.tree;
  return parent === undefined || row.key === undefined
    ? undefined
    : numbers.member(parent, row.key);
}

function canToggle(row: TreeRow | undefined): boolean {
  if (!row) return false;
  return row.tree !== undefined || (row.kind === 'string' && mayHoldJson(row.value as string));
}

/**
 * The tree's rows, virtualised: only the rows in view are in the DOM, so a 10 MB document
 * opened all the way scrolls like a small one. Arrow keys move and fold, Enter toggles.
 */
export function JsonTree(props: Props) {
  const { rows, numbers, active, revealed, scrollRequest, onSelect, onToggle } = props;
  const box = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(DEFAULT_VIEW_HEIGHT);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setViewHeight(element.clientHeight || DEFAULT_VIEW_HEIGHT);
    measure();
    // Measured in the next frame: re-rendering inside the callback can resize the tree again,
    // which Firefox reports as "ResizeObserver loop completed with undelivered notifications".
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  const scrollToRow = (index: number): void => {
    const element = box.current;
    if (!element) return;
    const top = scrollTopFor(index, element.scrollTop, viewHeight, rows.length);
    if (top === element.scrollTop) return;
    element.scrollTop = top;
    setScrollTop(top);
  };

  useEffect(() => {
    if (!scrollRequest) return;
    scrollToRow(scrollRequest.index);
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollRequest]);

  const move = (index: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    onSelect(next);
    scrollToRow(next);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const row = rows[active];
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    switch (event.key) {
      case 'ArrowDown':
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'PageDown':
        move(active + page);
        break;
      case 'PageUp':
        move(active - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row?.expanded && row.size > 0) move(active + 1);
        else if (!row?.expanded && canToggle(row)) onToggle(active);
        break;
      case 'ArrowLeft':
        if (row?.expanded) onToggle(active);
        else if (row && row.parent >= 0) move(row.parent);
        break;
      case 'Enter':
      case ' ':
        if (canToggle(row)) onToggle(active);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const view = rowWindow(scrollTop, viewHeight, rows.length);
  const shown: preact.JSX.Element[] = [];
  for (let index = view.first; index < view.first + view.count; index++) {
    const row = rows[index] as TreeRow;
    shown.push(
      <JsonRow
        key={index}
        row={row}
        asSent={rowAsSent(rows, index, numbers)}
        id={`${baseId}-${index}`}
        active={index === active}
        revealed={index === revealed}
        onSelect={() => onSelect(index)}
        onToggle={() => onToggle(index)}
      />,
    );
  }
  const activeShown = active >= view.first && active < view.first + view.count;
  return (
    <div
      ref={box}
      class="raw-tree"
      role="tree"
      aria-label={ui.rawJson.treeLabel}
      aria-activedescendant={activeShown ? `${baseId}-${active}` : undefined}
      tabIndex={0}
      data-testid="raw-tree"
      style={{ height: `min(60vh, ${rows.length * ROW_HEIGHT + 2}px)` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="raw-tree__space" role="none" style={{ height: `${view.height}px` }}>
        <div
          class="raw-tree__rows"
          role="none"
          style={{ transform: `translateY(${view.offset}px)` }}
        >
          {shown}
        </div>
      </div>
    </div>
  );
}
