import { browser } from './extension';

/** Extension pages by their built path (crxjs keeps the source layout under dist/<target>/). */
export const PAGES = {
  viewer: 'src/viewer/index.html',
  panel: 'src/panel/index.html',
} as const;

export function pageUrl(page: keyof typeof PAGES, hash = ''): string {
  return browser.runtime.getURL(PAGES[page]) + (hash ? `#${hash}` : '');
}

/**
 * Opens an extension page in a new tab. `tabs.create` needs no "tabs" permission, but Firefox
 * DevTools panels have no `tabs` API at all: there a plain window.open does the same.
 */
export async function openPageInTab(page: keyof typeof PAGES, hash = ''): Promise<void> {
  if (typeof browser.tabs?.create === 'function') {
    await browser.tabs.create({ url: pageUrl(page, hash) });
  } else {
    window.open(pageUrl(page, hash), '_blank');
  }
}
