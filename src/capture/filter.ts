import type { OutcomeCategory } from '../model/record';
import { outcome } from '../strings';
import type { CapturedCall } from './captured-call';

export interface CaptureFilter {
  /** An outcome category (e.g. "no-answer"), the same for every platform; "" for all. */
  status: string;
  /** Matched, ignoring case, against lead name, phone, call id, URL and transcript. */
  text: string;
}

export const NO_FILTER: CaptureFilter = { status: '', text: '' };

export interface StatusChoice {
  raw: string;
  label: string;
  count: number;
}

export function filterCalls(
  calls: readonly CapturedCall[],
  filter: CaptureFilter,
): readonly CapturedCall[] {
  const text = filter.text.trim().toLowerCase();
  if (filter.status === '' && text === '') return calls;
  return calls.filter(
    (call) =>
      (filter.status === '' || call.result.call?.outcome.category === filter.status) &&
      (text === '' || call.searchText.includes(text)),
  );
}

/** The outcomes present in the list, with how many calls have each, by label. */
export function statusChoices(calls: readonly CapturedCall[]): StatusChoice[] {
  const counts = new Map<OutcomeCategory, number>();
  for (const call of calls) {
    const category = call.result.call?.outcome.category;
    if (category !== undefined) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts]
    .map(([raw, count]) => ({ raw, label: outcome[raw].label, count }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
