import { browser } from './extension';

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

interface Handoff {
  text: string;
  atMs: number;
}

function isHandoff(value: unknown): value is Handoff {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Handoff).text === 'string' &&
    typeof (value as Handoff).atMs === 'number'
  );
}

/** Puts a payload aside for a viewer tab to pick up; returns its handoff id. */
export async function stashForViewer(text: string, now = Date.now()): Promise<string> {
  const all = await browser.storage.local.get(null);
  const stale = Object.keys(all).filter((key) => {
    const value = all[key];
    return (
      key.startsWith(HANDOFF_PREFIX) && !(isHandoff(value) && now - value.atMs < HANDOFF_TTL_MS)
    );
  });
  if (stale.length > 0) await browser.storage.local.remove(stale);
  const id = crypto.randomUUID();
  const handoff: Handoff = { text, atMs: now };
  await browser.storage.local.set({ [HANDOFF_PREFIX + id]: handoff });
  return id;
}

/** Takes (reads and removes) a payload stashed for the viewer. */
export async function takeFromStash(id: string): Promise<string | undefined> {
  const key = HANDOFF_PREFIX + id;
  const stored = await browser.storage.local.get(key);
  await browser.storage.local.remove(key);
  const value = stored[key];
  return isHandoff(value) ? value.text : undefined;
}
