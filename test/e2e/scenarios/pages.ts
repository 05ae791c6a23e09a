import { expect, it } from 'vitest';
import { type ExtensionBrowser, type PageName, tid } from '../support/driver';

/** What each page's empty state must say, so a new user knows what to do there. */
const EMPTY: Record<PageName, { testId: string; says: RegExp }> = {
  popup: { testId: 'empty-state', says: /paste a call webhook payload/i },
  viewer: { testId: 'empty-state', says: /paste a call webhook payload/i },
  panel: { testId: 'capture-empty', says: /network traffic for call webhooks/i },
};

/** Every page renders the product name and an empty state that says what to do. */
export function pageScenarios(browser: () => ExtensionBrowser, pages: PageName[]): void {
  it.each(pages)('the %s page shows the product name and what to do', async (name) => {
    const page = await browser().open(name);
    const { testId, says } = EMPTY[name];
    await page.waitFor(tid(testId));
    expect(await page.text('h1')).toBe('Hookline');
    expect(await page.text(tid(testId))).toMatch(says);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('the popup leads to the full-tab viewer', async () => {
    const popup = await browser().open('popup');
    await popup.waitFor(tid('paste-box'));
    const viewer = await browser().tabOpenedBy(() => popup.click(tid('open-in-tab')), 'viewer');
    await viewer.waitFor(tid('paste-box'));
    expect(await viewer.text('h1')).toBe('Hookline');
    await viewer.close();
  });
}
