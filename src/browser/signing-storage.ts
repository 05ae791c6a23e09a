/**
 * Signing secrets (storage.session only: gone with the browser session, never in storage.local
 * or sync) and the endpoints the user sent webhooks to (storage.local, revocable).
 */
import type { SchemeId, SecretStore } from '../model/signatures';
import { browser } from './extension';

const SECRET_PREFIX = 'signingSecret:';
const TARGETS_KEY = 'replayTargets';
export const RECENT_TARGETS_LIMIT = 8;

/** Firefox DevTools panels may lack storage.session: there a secret lives in page memory only. */
const pageMemory = new Map<string, string>();

export const secretStore: SecretStore = {
  async get(scheme: SchemeId) {
    const key = SECRET_PREFIX + scheme;
    const area = browser.storage?.session;
    if (area === undefined) return pageMemory.get(key);
    const value = (await area.get(key))[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  },
  async set(scheme: SchemeId, secret: string) {
    const key = SECRET_PREFIX + scheme;
    const area = browser.storage?.session;
    if (area === undefined) pageMemory.set(key, secret);
    else await area.set({ [key]: secret });
  },
  async forget(scheme: SchemeId) {
    const key = SECRET_PREFIX + scheme;
    pageMemory.delete(key);
    await browser.storage?.session?.remove(key);
  },
};

export async function recentTargets(): Promise<string[]> {
  const stored = (await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY];
  return Array.isArray(stored)
    ? stored
        .filter((entry): entry is string => typeof entry === 'string')
        .slice(0, RECENT_TARGETS_LIMIT)
    : [];
}

async function saveTargets(list: string[]): Promise<string[]> {
  await browser.storage.local.set({ [TARGETS_KEY]: list });
  return list;
}

export async function rememberTarget(url: string): Promise<string[]> {
  const others = (await recentTargets()).filter((entry) => entry !== url);
  return saveTargets([url, ...others].slice(0, RECENT_TARGETS_LIMIT));
}

export async function forgetTarget(url: string): Promise<string[]> {
  return saveTargets((await recentTargets()).filter((entry) => entry !== url));
}
