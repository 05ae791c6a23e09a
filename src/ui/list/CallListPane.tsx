import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { list } from '../../strings';
import { CallList, type CallListProps } from './CallList';
import {
  filterGroups,
  type ListFilter,
  NO_FILTER,
  outcomeChoices,
  platformChoices,
} from './call-filter';
import { ListFilters } from './ListFilters';
import './list.css';

export interface CallListPaneProps extends CallListProps {
  /** Controls that share the filters' line (pause, clear…). */
  tools?: ComponentChildren;
  /** Below the list (Load more). */
  footer?: ComponentChildren;
}

/**
 * The one call list of the bins view and the DevTools panel: filters on one line, the count,
 * one row per call. A selected call hidden by a filter stays selected and says so.
 */
export function CallListPane(props: CallListPaneProps) {
  const { groups, selectedKey, testId, tools, footer } = props;
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const visible = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  const outcomes = useMemo(() => outcomeChoices(groups), [groups]);
  const platforms = useMemo(() => platformChoices(groups), [groups]);
  const hidden =
    selectedKey !== undefined &&
    groups.some((group) => group.key === selectedKey) &&
    !visible.some((group) => group.key === selectedKey);
  return (
    <div class="call-list-pane">
      <div class="call-list-pane__bar">
        <ListFilters
          filter={filter}
          outcomes={outcomes}
          platforms={platforms}
          testId={testId}
          onFilter={setFilter}
        />
        {tools}
      </div>
      <div class="call-list-pane__list">
        <p class="call-list-pane__count" data-testid={`${testId}-list-count`}>
          {list.count(visible.length, groups.length)}
          {hidden && (
            <span data-testid={`${testId}-selection-hidden`}> · {list.hiddenSelection}</span>
          )}
        </p>
        <div class="call-list-pane__scroll">
          {visible.length === 0 ? (
            <p class="empty-note" data-testid={`${testId}-no-match`}>
              {list.noMatch}
            </p>
          ) : (
            <CallList
              groups={visible}
              selectedKey={selectedKey}
              onSelect={props.onSelect}
              label={props.label}
              testId={testId}
              timeText={props.timeText}
              isNew={props.isNew}
            />
          )}
          {footer}
        </div>
      </div>
    </div>
  );
}
