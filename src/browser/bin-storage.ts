/**
 * What Hookline remembers about bins: the last ones opened (storage.local) and the API keys of
 * private webhook.site bins (storage.session only, so a key is gone when the browser closes and
 * never reaches sync). Keys are never logged.
 */
import type { BinKind, BinTarget } from '../bins';
import { browser, type Storage } from './extension';

export const RECENT_BINS_LIMIT = 10;

const RECENT_KEY = 'recentBins';
const API_KEY_PREFIX = 'binApiKey:';

export interface RecentBin {
  /** The bin's canonical address (BinTarget.url): recognising it again opens the same bin. */
  url: string;
  label: string;
  kind: BinKind;
  usedAtMs: number;
}

const KINDS: ReadonlySet<string> = new Set<BinKind>([
  'webhook-site',
  'svix-play',
  'json-url',
  'smee',
]);

/** Storage outlives versions of this code: keep only well-formed entries. */
function isRecentBin(value: unknown): value is RecentBin {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.url === 'string' &&
    typeof entry.label === 'string' &&
    typeof entry.kind === 'string' &&
    KINDS.has(entry.kind) &&
    typeof entry.usedAtMs === 'number'
  );
}

/** The remembered bins, newest first. */
export async function recentBins(): Promise<RecentBin[]> {
  const stored = (await browser.storage.local.get(RECENT_KEY))[RECENT_KEY];
  return Array.isArray(stored) ? stored.filter(isRecentBin).slice(0, RECENT_BINS_LIMIT) : [];
}

async function saveRecent(list: RecentBin[]): Promise<RecentBin[]> {
  await browser.storage.local.set({ [RECENT_KEY]: list });
  return list;
}

/** Puts a bin first (once), keeping the last ten; resolves the new list. */
export async function rememberBin(
  target: Pick<BinTarget, 'url' | 'label' | 'kind'>,
  now: number = Date.now(),
): Promise<RecentBin[]> {
  const entry: RecentBin = {
    url: target.url,
    label: target.label,
    kind: target.kind,
    usedAtMs: now,
  };
  const others = (await recentBins()).filter((bin) => bin.url !== entry.url);
  return saveRecent([entry, ...others].slice(0, RECENT_BINS_LIMIT));
}

/** Removes a bin from the list; resolves the new list. */
export async function forgetBin(url: string): Promise<RecentBin[]> {
  return saveRecent((await recentBins()).filter((bin) => bin.url !== url));
}

/**
 * storage.session where the page has it. Firefox DevTools panels may not: there a key lives in
 * this page's memory instead, never in storage.local.
 */
function sessionArea(): Storage.StorageArea | undefined {
  return browser.storage?.session;
}

const pageMemory = new Map<string, string>();

/** The saved API key for a webhook.site bin token, if any. */
export async function getApiKey(token: string): Promise<string | undefined> {
  const key = API_KEY_PREFIX + token;
  const area = sessionArea();
  if (area === undefined) return pageMemory.get(key);
  const value = (await area.get(key))[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function setApiKey(token: string, apiKey: string): Promise<void> {
  const key = API_KEY_PREFIX + token;
  const area = sessionArea();
  if (area === undefined) pageMemory.set(key, apiKey);
  else await area.set({ [key]: apiKey });
}

/** The ApiKeyStore that BinView takes (src/ui/bins/deps.ts). */
export const apiKeyStore = { get: getApiKey, set: setApiKey };
