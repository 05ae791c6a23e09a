import { headerMap } from '../model/http/headers';
import { isPlainObject } from '../model/lenient';
import type { HandedPayload } from '../model/observation';
import { browser, type Storage } from './extension';

/**
 * What the user pasted survives closing the popup: the popup and the viewer share one draft in
 * storage.local. Chrome's storage.local holds 10 MB without `unlimitedStorage`
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local), so a draft
 * is kept only up to this size and handoffs to the viewer are removed once read.
 */
export const DRAFT_LIMIT_CHARS = 4 * 1024 * 1024;

const DRAFT_KEY = 'draft';
const HANDOFF_PREFIX = 'handoff:';

export async function loadDraft(): Promise<string> {
  const stored = await browser.storage.local.get(DRAFT_KEY);
  const draft = stored[DRAFT_KEY];
  return typeof draft === 'string' ? draft : '';
}

/**
 * Returns a function that keeps the latest draft: writes go one at a time and only the newest
 * pending text is written next, so fast typing never queues a write per keystroke.
 * Resolves false when the text is over the limit (then the stored draft is cleared, never stale).
 */
export function draftKeeper(): (text: string) => Promise<boolean> {
  let writing: Promise<void> | undefined;
  let pending: string | undefined;
  const flush = async (): Promise<void> => {
    // Let the card paint first: storage.local.set serialises the text on this thread, which
    // for a 1 MB paste costs about as much as decoding and rendering it.
    await afterNextPaint();
    while (pending !== undefined) {
      const text = pending;
      pending = undefined;
      if (text.length > DRAFT_LIMIT_CHARS || text === '') {
        await browser.storage.local.remove(DRAFT_KEY);
      } else {
        await browser.storage.local.set({ [DRAFT_KEY]: text });
      }
    }
    writing = undefined;
  };
  return async (text) => {
    pending = text;
    writing ??= flush();
    await writing;
    return text.length <= DRAFT_LIMIT_CHARS;
  };
}

/** After the next frame, or 100 ms at most: hidden pages get no animation frames. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/**
 * A handoff not picked up within this time is dropped: the viewer tab it was for never opened
 * (or failed). Younger ones stay, so two quick "Open in tab" clicks both arrive.
 */
export const HANDOFF_TTL_MS = 5 * 60_000;

function isFresh(value: unknown, now: number): boolean {
  return (
    isPlainObject(value) && typeof value.atMs === 'number' && now - value.atMs < HANDOFF_TTL_MS
  );
}

async function dropStale(area: Storage.StorageArea, now: number): Promise<void> {
  const all = await area.get(null);
  const stale = Object.keys(all).filter(
    (key) => key.startsWith(HANDOFF_PREFIX) && !isFresh(all[key], now),
  );
  if (stale.length > 0) await area.remove(stale);
}

/**
 * Puts a payload aside for a viewer tab to pick up; returns its handoff id. The body goes to
 * storage.local (it can be megabytes); the request's headers to storage.session, as they can
 * carry secrets (Authorization, X-Vapi-Secret) that never go to disk. Firefox DevTools panels
 * have storage.session too: its schema allows the "devtools" context
 * (https://searchfox.org/mozilla-central/source/toolkit/components/extensions/schemas/storage.json).
 */
export async function stashForViewer(payload: HandedPayload, now = Date.now()): Promise<string> {
  const { local, session } = browser.storage;
  await Promise.all([dropStale(local, now), dropStale(session, now)]);
  const id = crypto.randomUUID();
  const key = HANDOFF_PREFIX + id;
  await local.set({ [key]: { text: payload.rawBody, atMs: now } });
  if (payload.request !== undefined) {
    const { headers, contentType } = payload.request;
    await session.set({ [key]: { headers, contentType, atMs: now } });
  }
  return id;
}

/** Takes (reads and removes) a payload stashed for the viewer, with its request if it had one. */
export async function takeFromStash(id: string): Promise<HandedPayload | undefined> {
  const key = HANDOFF_PREFIX + id;
  const [body, request] = await Promise.all([
    take(browser.storage.local, key),
    take(browser.storage.session, key),
  ]);
  if (!isPlainObject(body) || typeof body.text !== 'string') return undefined;
  const headers = isPlainObject(request) ? headerMap(request.headers) : undefined;
  if (headers === undefined || !isPlainObject(request)) return { rawBody: body.text };
  const { contentType } = request;
  return {
    rawBody: body.text,
    request: { headers, ...(typeof contentType === 'string' ? { contentType } : {}) },
  };
}

async function take(area: Storage.StorageArea, key: string): Promise<unknown> {
  const stored = await area.get(key);
  await area.remove(key);
  return stored[key];
}
