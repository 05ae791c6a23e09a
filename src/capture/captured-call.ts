export type BodySource = 'request' | 'response';

/**
 * What the backfill (getHAR) and the live event (onRequestFinished) both give for one request.
 * Two requests with the same start time, method and URL are taken to be the same request.
 */
export function entryKey(startedDateTime: string, method: string, url: string): string {
  return `${startedDateTime} ${method} ${url}`;
}

export function bodyKey(entry: string, source: BodySource): string {
  return `${entry} ${source}`;
}
