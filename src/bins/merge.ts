/** What merging needs of a listed request: its id and, when the source records it, its time. */
export interface Listed {
  id: string;
  receivedAtMs?: number;
}

/** Newest first; requests without a time keep their order after the timed ones. */
export function newestFirst<T extends Listed>(requests: readonly T[]): T[] {
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
export function mergeBinRequests<T extends Listed>(shown: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(shown.map((request) => request.id));
  return newestFirst([...shown, ...page.filter((request) => !seen.has(request.id))]);
}
