/**
 * Filtering the call list: by outcome, by platform and by text. Choices are vendor-neutral
 * values (an outcome category, a platform id), so each appears once however the platforms spell
 * their statuses ("completed", "Completed").
 */
import type { CallGroup } from '../../model/group-calls';
import type { Observation } from '../../model/observation';
import type { OutcomeCategory, VendorId } from '../../model/record';
import { list, outcome } from '../../strings';
import { vendorName } from '../../strings/glossary/index';

export interface ListFilter {
  /** An outcome category, NOT_A_CALL, or '' for every row. */
  outcome: string;
  /** A platform id, or '' for every platform. */
  platform: string;
  /** Matched, ignoring case, against customer, numbers, ids, URL, event and transcript. */
  text: string;
}

export const NO_FILTER: ListFilter = { outcome: '', platform: '', text: '' };

/** The outcome value of rows that hold no call. */
export const NOT_A_CALL = 'not-a-call';

export interface Choice {
  value: string;
  label: string;
  count: number;
}

function outcomeOf(group: CallGroup): OutcomeCategory | typeof NOT_A_CALL {
  return group.card.observation.result.call?.outcome.category ?? NOT_A_CALL;
}

function platformOf(group: CallGroup): VendorId | undefined {
  return group.card.observation.result.format.vendor;
}

export function filterGroups(groups: readonly CallGroup[], filter: ListFilter): CallGroup[] {
  const text = filter.text.trim().toLowerCase();
  return groups.filter(
    (group) =>
      (filter.outcome === '' || outcomeOf(group) === filter.outcome) &&
      (filter.platform === '' || platformOf(group) === filter.platform) &&
      (text === '' || group.events.some((event) => searchText(event.observation).includes(text))),
  );
}

function count<T extends string>(values: readonly T[], label: (value: T) => string): Choice[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The outcomes present in the list, each once, with how many rows have it. */
export function outcomeChoices(groups: readonly CallGroup[]): Choice[] {
  return count(groups.map(outcomeOf), (value) =>
    value === NOT_A_CALL ? list.notACall : outcome[value].label,
  );
}

/** The platforms present in the list, each once. */
export function platformChoices(groups: readonly CallGroup[]): Choice[] {
  const vendors = groups.map(platformOf).filter((v): v is VendorId => v !== undefined);
  return count(vendors, vendorName);
}

/** Characters of transcript searched per payload: enough for any real call, bounded for a hostile one. */
const SEARCHED_TRANSCRIPT_CHARS = 50_000;

const searchTexts = new WeakMap<Observation, string>();

/** What the text filter looks through, worked out once per observation. */
export function searchText(observation: Observation): string {
  const known = searchTexts.get(observation);
  if (known !== undefined) return known;
  const { call, format } = observation.result;
  const transcript = (call?.transcript.turns ?? [])
    .map((turn) => turn.text)
    .join('\n')
    .slice(0, SEARCHED_TRANSCRIPT_CHARS);
  const parts = [
    observation.request?.url,
    format.label,
    format.event,
    format.vendor && vendorName(format.vendor),
    call && outcome[call.outcome.category].label,
    call?.outcome.status?.raw,
    call?.outcome.endReason?.raw,
    call?.customer.name,
    call?.customer.number,
    call?.agent.name,
    call?.agent.number,
    call?.callKey,
    ...(call?.ids.map((id) => id.value) ?? []),
    transcript,
  ];
  const text = parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n')
    .toLowerCase();
  searchTexts.set(observation, text);
  return text;
}
