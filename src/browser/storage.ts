import { headerMap } from '../model/http/headers';
import { isPlainObject } from '../model/lenient';
import type { HandedPayload } from '../model/observation';
import { browser } from './extension';
import { pageTextStore, type TextStore } from './text-store';

/**
 * What the user pasted survives closing the popup: the popup and the viewer share one draft, and
 * "Open in tab" hands the payload to the new tab beside it. Both live in the page text store
 * (text-store.ts), which has room for the largest file a page opens.
 */
const DRAFT_KEY = 'draft';
const HANDOFF_PREFIX = 'handoff:';

export async function loadDraft(): Promise<string> {
  return (await (await pageTextStore()).get(DRAFT_KEY)) ?? '';
}

/**
 * Returns a function that keeps the latest draft: writes go one at a time and only the newest
 * pending text is written next, so fast typing never queues a write per keystroke.
 * Resolves false when the text could not be kept (then the stored draft is cleared, never stale),
 * so the page can say that closing it loses the text.
 */
export function draftKeeper(): (text: string) => Promise<boolean> {
  let writing: Promise<boolean> | undefined;
  let pending: string | undefined;
  const write = async (text: string): Promise<boolean> => {
    const store = await pageTextStore();
    if (text !== '' && (await store.set(DRAFT_KEY, text))) return true;
    await store.remove([DRAFT_KEY]);
    return text === '';
  };
  const flush = async (): Promise<boolean> => {
    let kept = false;
    try {
      // Let the card paint first: storing the text copies it on this thread, which for a 1 MB
      // paste costs about as much as decoding and rendering it.
      await afterNextPaint();
      while (pending !== undefined) {
        const text = pending;
        pending = undefined;
        kept = await write(text);
      }
    } finally {
      writing = undefined;
    }
    return kept;
  };
  return (text) => {
    pending = text;
    writing ??= flush();
    return writing.catch(() => false);
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

/** A handoff's id starts with when it was made, so stale ones are found without reading them. */
function isStale(key: string, now: number): boolean {
  const madeAtMs = Number.parseInt(key.slice(HANDOFF_PREFIX.length), 10);
  return !(now - madeAtMs < HANDOFF_TTL_MS);
}

async function dropStale(store: TextStore, now: number): Promise<void> {
  const { session } = browser.storage;
  const bodies = (await store.keys(HANDOFF_PREFIX)).filter((key) => isStale(key, now));
  const requests = Object.keys(await session.get(null)).filter(
    (key) => key.startsWith(HANDOFF_PREFIX) && isStale(key, now),
  );
  if (bodies.length > 0) await store.remove(bodies);
  if (requests.length > 0) await session.remove(requests);
}

/**
 * Puts a payload aside for a viewer tab to pick up; returns its handoff id. The body goes to the
 * page text store (it can be tens of MB); the request's headers to storage.session, as they can
 * carry secrets (Authorization, X-Vapi-Secret) that never go to disk. Firefox DevTools panels
 * have storage.session too: its schema allows the "devtools" context
 * (https://searchfox.org/mozilla-central/source/toolkit/components/extensions/schemas/storage.json).
 * Rejects when the body could not be stored, so the page can say so.
 */
export async function stashForViewer(payload: HandedPayload, now = Date.now()): Promise<string> {
  const store = await pageTextStore();
  await dropStale(store, now);
  const id = `${now}-${crypto.randomUUID()}`;
  const key = HANDOFF_PREFIX + id;
  if (!(await store.set(key, payload.rawBody))) {
    throw new Error('the payload could not be stored for the viewer tab');
  }
  if (payload.request !== undefined) {
    const { headers, contentType } = payload.request;
    await browser.storage.session.set({ [key]: { headers, contentType } });
  }
  return id;
}

/** Takes (reads and removes) a payload stashed for the viewer, with its request if it had one. */
export async function takeFromStash(id: string): Promise<HandedPayload | undefined> {
  const store = await pageTextStore();
  const { session } = browser.storage;
  const key = HANDOFF_PREFIX + id;
  const [rawBody, request] = await Promise.all([
    store.get(key),
    session.get(key).then((stored) => stored[key]),
  ]);
  await Promise.all([store.remove([key]), session.remove(key)]);
  if (rawBody === undefined) return undefined;
  if (!isPlainObject(request)) return { rawBody };
  const headers = headerMap(request.headers);
  if (headers === undefined) return { rawBody };
  const { contentType } = request;
  return {
    rawBody,
    request: { headers, ...(typeof contentType === 'string' ? { contentType } : {}) },
  };
}
