import type { BinRequest } from './types';

/** Newest first; requests without a time keep their order after the timed ones. */
export function newestFirst(requests: readonly BinRequest[]): BinRequest[] {
  return [...requests].sort(
    (a, b) =>
      (b.receivedAtMs ?? Number.NEGATIVE_INFINITY) - (a.receivedAtMs ?? Number.NEGATIVE_INFINITY) ||
      0,
  );
}

/**
 * Appends a "Load more" page to the requests already shown. Pages are counted from the newest
 * request, so requests that arrive between two loads push older ones onto the next page again:
 * those repeats are dropped by id.
 */
export function mergeBinRequests(
  shown: readonly BinRequest[],
  page: readonly BinRequest[],
): BinRequest[] {
  const seen = new Set(shown.map((request) => request.id));
  return newestFirst([...shown, ...page.filter((request) => !seen.has(request.id))]);
}
