/**
 * webhook.site allows about 120 API calls a minute per IP; every 3 s is 20 a minute, leaving
 * room for several open bins and a background watch. A hidden page checks every 30 s.
 */
export const POLL_VISIBLE_MS = 3_000;
export const POLL_HIDDEN_MS = 30_000;
/** Back-off after a failed check without Retry-After: doubling from the interval, up to this. */
export const MAX_BACKOFF_MS = 120_000;
