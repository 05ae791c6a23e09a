import { browser } from './extension';
import { openIdbTextStore } from './idb-text-store';

/**
 * Texts that outlive the page that made them: the popup's draft, a payload handed to a viewer
 * tab. Keys are plain strings; a text is kept whole or not at all.
 */
export interface TextStore {
  get(key: string): Promise<string | undefined>;
  /** Resolves false when the text could not be kept (too large here, or the storage is full). */
  set(key: string, text: string): Promise<boolean>;
  remove(keys: string[]): Promise<void>;
  /** The keys that start with `prefix`, without reading their texts. */
  keys(prefix: string): Promise<string[]>;
}

/**
 * Chrome's storage.local holds 10 MB without `unlimitedStorage`, counted as the JSON of each
 * value (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local): a
 * text full of escaped quotes takes far more than its length. Texts are kept there only up to this
 * many stored bytes, so a draft and a handoff fit together.
 */
export const LOCAL_TEXT_LIMIT_BYTES = 4 * 1024 * 1024;

/** Bytes storage.local counts for a text: its JSON, in UTF-8. */
function storedBytes(text: string): number {
  // Every character takes at least one byte, so a longer text is over without encoding it.
  if (text.length > LOCAL_TEXT_LIMIT_BYTES) return text.length;
  return new TextEncoder().encode(JSON.stringify(text)).byteLength;
}

/** storage.local, where nothing over LOCAL_TEXT_LIMIT_BYTES is kept. */
export function localTextStore(): TextStore {
  const local = browser.storage.local;
  return {
    async get(key) {
      const value = (await local.get(key))[key];
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, text) {
      if (storedBytes(text) > LOCAL_TEXT_LIMIT_BYTES) return false;
      return local.set({ [key]: text }).then(
        () => true,
        () => false,
      );
    },
    remove: (keys) => local.remove(keys),
    keys: async (prefix) => Object.keys(await local.get(null)).filter((k) => k.startsWith(prefix)),
  };
}

let shared: Promise<TextStore> | undefined;

/**
 * The store every extension page uses: IndexedDB, which extension pages share across the
 * extension's origin in Chrome and Firefox and which has room for payloads of tens of MB
 * (https://developer.chrome.com/docs/extensions/develop/concepts/storage-and-cookies). Where the
 * browser refuses IndexedDB (a profile setting, a broken database), storage.local still keeps
 * what fits.
 */
export function pageTextStore(): Promise<TextStore> {
  shared ??= openIdbTextStore().catch(localTextStore);
  return shared;
}
