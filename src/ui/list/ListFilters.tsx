import { list } from '../../strings';
import type { Choice, ListFilter } from './call-filter';

interface Props {
  filter: ListFilter;
  outcomes: readonly Choice[];
  platforms: readonly Choice[];
  testId: string;
  onFilter: (filter: ListFilter) => void;
}

/** A choice made before the list changed stays selectable, so a select never shows blank. */
function withChosen(choices: readonly Choice[], chosen: string): readonly Choice[] {
  if (chosen === '' || choices.some((choice) => choice.value === chosen)) return choices;
  return [...choices, { value: chosen, label: chosen, count: 0 }];
}

function ChoiceSelect(props: {
  label: string;
  all: string;
  value: string;
  choices: readonly Choice[];
  testId: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="list-filters__field">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.all}</option>
        {withChosen(props.choices, props.value).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {list.choice(choice.label, choice.count)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filter the calls by text, outcome and platform. */
export function ListFilters({ filter, outcomes, platforms, testId, onFilter }: Props) {
  return (
    <div class="list-filters">
      <input
        type="search"
        class="list-filters__text"
        aria-label={list.filterText}
        placeholder={list.filterTextPlaceholder}
        value={filter.text}
        data-testid={`${testId}-filter-text`}
        onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
      />
      <ChoiceSelect
        label={list.filterOutcome}
        all={list.allOutcomes}
        value={filter.outcome}
        choices={outcomes}
        testId={`${testId}-filter-status`}
        onChange={(outcome) => onFilter({ ...filter, outcome })}
      />
      {(platforms.length > 1 || filter.platform !== '') && (
        <ChoiceSelect
          label={list.filterPlatform}
          all={list.allPlatforms}
          value={filter.platform}
          choices={platforms}
          testId={`${testId}-filter-platform`}
          onChange={(platform) => onFilter({ ...filter, platform })}
        />
      )}
    </div>
  );
}
