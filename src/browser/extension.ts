/**
 * The one door to the WebExtension API. Chrome's MV3 `chrome.*` and Firefox's `browser.*` differ in
 * small ways; webextension-polyfill gives both the promise-based `browser` namespace.
 */
import browser from 'webextension-polyfill';

export type { Storage } from 'webextension-polyfill';
export { browser };
