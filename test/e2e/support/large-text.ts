import { TEXT_DB_NAME } from '../../../src/browser/idb-text-store';
import type { Driver } from './driver';

/**
 * Pastes `text` the way a user does (a paste event carrying it); `fill` would type megabytes
 * through the protocol. The page lets small pastes through, which then need the text put in.
 * With `growTo`, the transcript is first repeated in the page until the text is at least that long:
 * sending 10 MB over WebDriver BiDi alone takes Firefox ~15 s.
 * `by: 'input'` puts the text in without a paste event, as dropping text or "Edit anyway" and
 * typing would.
 */
export async function paste(
  page: Driver,
  text: string,
  growTo = 0,
  by: 'paste' | 'input' = 'paste',
): Promise<void> {
  await page.evaluate(
    ([sent, target, how]) => {
      let payload = sent;
      if (payload.length < target) {
        const call = JSON.parse(payload) as { call: { transcript: string } };
        const once = JSON.stringify(call.call.transcript).length;
        const rest = JSON.stringify(call, null, 2).length - once;
        call.call.transcript = call.call.transcript.repeat(Math.ceil((target - rest) / once));
        payload = JSON.stringify(call, null, 2);
      }
      const box = document.querySelector('[data-testid="paste-box"]') as HTMLTextAreaElement;
      const data = new DataTransfer();
      data.setData('text/plain', payload);
      box.focus();
      box.select();
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      if (how === 'input' || box.dispatchEvent(event)) {
        box.value = payload;
        const inputType = how === 'input' ? 'insertFromDrop' : 'insertFromPaste';
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
      }
    },
    [text, growTo, by] as const,
  );
}

/**
 * Run in an extension page: forgets every draft and handoff, in storage.local and in the
 * extension's IndexedDB `database` (idb-text-store.ts), so the next page opens empty.
 */
export async function forgetStoredTexts(database: string): Promise<void> {
  type Api = { storage: { local: { clear(): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  await (scope.browser ?? scope.chrome).storage.local.clear();
  await new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(database);
    deleting.onsuccess = resolve;
    deleting.onerror = () => reject(deleting.error);
  });
}

/**
 * Closes the page after forgetting its draft: the next page would otherwise reopen with the
 * megabytes pasted here held out of the paste box.
 */
export async function closeForgettingDraft(page: Driver): Promise<void> {
  await page.evaluate(forgetStoredTexts, TEXT_DB_NAME);
  await page.close();
}
