import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { PAGE } from '../support/dist';
import { type FirefoxSession, launchFirefox } from '../support/firefox';

const executable = findBrowser('firefox');

describe.runIf(executable)('Hookline pages in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(executable as string);
  });
  afterAll(() => session?.close());

  it.each([
    ['popup', PAGE.popup],
    ['viewer', PAGE.viewer],
  ])('%s page shows the product name and what to do', async (_, path) => {
    const { page, errors } = await session.open(path, '[data-testid="empty-state"]');
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('Hookline');
    const text = await page.$eval('[data-testid="empty-state"]', (el) => el.textContent);
    expect(text).toMatch(/paste a call webhook payload/i);
    expect(await errors()).toEqual([]);
    await page.close();
  });
});
