import type { VNode } from 'preact';
import { useRef } from 'preact/hooks';
import type { CapturedCall } from '../../capture';
import { capture } from '../../strings';
import { CaptureRow } from './CaptureRow';

interface Props {
  calls: readonly CapturedCall[];
  selectedId: string | undefined;
  /** Must keep its identity between renders (a state setter), or every row re-renders. */
  onSelect: (id: string) => void;
}

interface CachedRow {
  selected: boolean;
  focusable: boolean;
  vnode: VNode;
}

const STEP: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The captured calls as a listbox: arrow keys, Home and End move the selection, and the selected
 * row (or the first) is the one stop in the tab order.
 */
export function CaptureList({ calls, selectedId, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // Preact skips a row whose vnode is the very one it rendered last time, so during a burst
  // only the new rows render, not all 500 on every batch.
  const rowCache = useRef(new Map<string, CachedRow>());
  const selectedIndex = calls.findIndex((call) => call.id === selectedId);
  const focusIndex = selectedIndex === -1 ? 0 : selectedIndex;

  const rows = new Map<string, CachedRow>();
  const children = calls.map((call, index) => {
    const selected = index === selectedIndex;
    const focusable = index === focusIndex;
    const cached = rowCache.current.get(call.id);
    const row =
      cached?.selected === selected && cached.focusable === focusable
        ? cached
        : {
            selected,
            focusable,
            vnode: (
              <CaptureRow
                key={call.id}
                call={call}
                selected={selected}
                focusable={focusable}
                onSelect={onSelect}
              />
            ),
          };
    rows.set(call.id, row);
    return row.vnode;
  });
  rowCache.current = rows;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (step === undefined || calls.length === 0) return;
    event.preventDefault();
    // With nothing selected (-1), every key lands inside the list.
    const next = step(selectedIndex, calls.length - 1);
    const call = calls[next];
    if (call === undefined) return;
    onSelect(call.id);
    (list.current?.children[next] as HTMLElement | undefined)?.focus();
  };

  return (
    <div
      ref={list}
      role="listbox"
      aria-label={capture.listLabel}
      class="capture-list"
      data-testid="capture-list"
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}
