import type { VNode } from 'preact';
import { useRef } from 'preact/hooks';
import type { CallGroup } from '../../model/group-calls';
import { CallRow, type CallRowProps } from './CallRow';

export interface CallListProps {
  groups: readonly CallGroup[];
  selectedKey: string | undefined;
  /** Must keep its identity between renders (a state setter), or every row re-renders. */
  onSelect: (key: string) => void;
  label: string;
  testId: string;
  timeText: (ms: number) => string;
  /** Whether a row holds a delivery that arrived since the list was opened. */
  isNew?: (group: CallGroup) => boolean;
}

interface CachedRow {
  group: CallGroup;
  selected: boolean;
  focusable: boolean;
  isNew: boolean;
  vnode: VNode<CallRowProps>;
}

const STEP: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

const never = () => false;

/**
 * The calls as a listbox, one row per call: arrow keys, Home and End move the selection, and
 * the selected row (or the first) is the one stop in the tab order.
 */
export function CallList(props: CallListProps) {
  const { groups, selectedKey, onSelect, label, testId, timeText, isNew = never } = props;
  const list = useRef<HTMLDivElement>(null);
  // Preact skips a row whose vnode is the very one it rendered last time, so during a burst
  // only the changed rows render, not all 500 on every batch.
  const rowCache = useRef(new Map<string, CachedRow>());
  const selectedIndex = groups.findIndex((group) => group.key === selectedKey);
  const focusIndex = selectedIndex === -1 ? 0 : selectedIndex;

  const rows = new Map<string, CachedRow>();
  const children = groups.map((group, index) => {
    const selected = index === selectedIndex;
    const focusable = index === focusIndex;
    const fresh = isNew(group);
    const cached = rowCache.current.get(group.key);
    const row =
      cached?.group === group &&
      cached.selected === selected &&
      cached.focusable === focusable &&
      cached.isNew === fresh
        ? cached
        : {
            group,
            selected,
            focusable,
            isNew: fresh,
            vnode: (
              <CallRow
                key={group.key}
                group={group}
                selected={selected}
                focusable={focusable}
                isNew={fresh}
                testId={testId}
                timeText={timeText}
                onSelect={onSelect}
              />
            ),
          };
    rows.set(group.key, row);
    return row.vnode;
  });
  rowCache.current = rows;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (step === undefined || groups.length === 0) return;
    event.preventDefault();
    // With nothing selected (-1), every key lands inside the list.
    const next = step(selectedIndex, groups.length - 1);
    const group = groups[next];
    if (group === undefined) return;
    onSelect(group.key);
    (list.current?.children[next] as HTMLElement | undefined)?.focus();
  };

  return (
    <div
      ref={list}
      role="listbox"
      aria-label={label}
      class="call-list"
      data-testid={`${testId}-list`}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}
