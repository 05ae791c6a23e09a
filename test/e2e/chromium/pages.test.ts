import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { type ChromiumSession, launchChromium } from '../support/chromium';
import { PAGE } from '../support/dist';

const executable = findBrowser('chromium');

describe.runIf(executable)('Hookline pages in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(executable as string);
  });
  afterAll(() => session?.close());

  it.each(Object.entries(PAGE))(
    '%s page shows the product name and what to do',
    async (_, path) => {
      const { page, errors } = await session.open(path);
      await expect.poll(() => page.getByRole('heading', { name: 'Hookline' }).count()).toBe(1);
      await expect.poll(() => page.getByTestId('empty-state').isVisible()).toBe(true);
      expect(await page.getByTestId('empty-state').textContent()).toMatch(
        /paste a call webhook payload/i,
      );
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
