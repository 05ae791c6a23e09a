import type { TextStore } from './text-store';

/** The extension origin's database for texts; exported for tests that start afresh. */
export const TEXT_DB_NAME = 'hookline-texts';
const OBJECT_STORE = 'texts';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function connect(): Promise<IDBDatabase> {
  const opening = indexedDB.open(TEXT_DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(OBJECT_STORE);
  return settle(opening);
}

/**
 * Runs one transaction on its own connection and resolves, once it has committed, with the result
 * of the request `work` returns: the popup closes itself right after a handoff is written.
 * Closing the connection afterwards never leaves a database deletion waiting on an idle page.
 */
async function transact<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await connect();
  try {
    const transaction = db.transaction(OBJECT_STORE, mode);
    const request = work(transaction.objectStore(OBJECT_STORE));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error);
    });
    return request?.result;
  } finally {
    db.close();
  }
}

/** IndexedDB in the extension's origin; rejects when the browser will not open it here. */
export async function openIdbTextStore(): Promise<TextStore> {
  (await connect()).close();
  return {
    async get(key) {
      const value = await transact('readonly', (store) => store.get(key));
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, text) =>
      transact('readwrite', (store) => store.put(text, key)).then(
        () => true,
        () => false,
      ),
    async remove(keys) {
      await transact('readwrite', (store) => keys.map((key) => store.delete(key)).at(-1));
    },
    async keys(prefix) {
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const keys = (await transact('readonly', (store) => store.getAllKeys(range))) ?? [];
      return keys.filter((key): key is string => typeof key === 'string');
    },
  };
}
