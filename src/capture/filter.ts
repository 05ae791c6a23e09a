import type { Glossed } from '../model';
import type { CapturedCall } from './captured-call';

export interface CaptureFilter {
  /** A raw status code (e.g. "no-answer"); "" for every status. */
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
      (filter.status === '' || call.result.call?.status?.raw === filter.status) &&
      (text === '' || call.searchText.includes(text)),
  );
}

/** The statuses present in the list, with how many calls have each, by label. */
export function statusChoices(calls: readonly CapturedCall[]): StatusChoice[] {
  const byRaw = new Map<string, { status: Glossed; count: number }>();
  for (const call of calls) {
    const status = call.result.call?.status;
    if (status === undefined) continue;
    const known = byRaw.get(status.raw);
    byRaw.set(status.raw, { status, count: (known?.count ?? 0) + 1 });
  }
  return [...byRaw.values()]
    .map(({ status, count }) => ({ raw: status.raw, label: status.label, count }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
