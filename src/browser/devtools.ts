import { browser } from './extension';
import { PAGES } from './pages';

/** Registers the Hookline panel in the browser's DevTools. */
export async function registerPanel(title: string): Promise<void> {
  // Firefox resolves panel paths against the extension root; Chrome also accepts a leading slash.
  await browser.devtools.panels.create(title, '/icons/icon-32.png', `/${PAGES.panel}`);
}

/** 'dark' or 'light' as DevTools itself is themed, so the panel matches it rather than the OS. */
export function devtoolsTheme(): 'dark' | 'light' {
  return browser.devtools.panels.themeName === 'dark' ? 'dark' : 'light';
}

/** True inside a DevTools panel; false when the panel page is opened as a plain tab. */
export function inDevtools(): boolean {
  return typeof browser.devtools?.panels !== 'undefined';
}
