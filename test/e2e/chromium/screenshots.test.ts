import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { type ChromiumSession, launchChromium } from '../support/chromium';
import { PAGE } from '../support/dist';

const executable = findBrowser('chromium');
const seed = readFileSync('test/fixtures/synthflow-seed-example.json', 'utf8');

/** The README's pictures are taken here, so they always show what the extension really renders. */
describe.runIf(executable)('README screenshots (chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(executable as string);
  });
  afterAll(() => session?.close());

  it.each([
    ['viewer', 'light', { width: 1280, height: 1000 }],
    ['viewer', 'dark', { width: 1280, height: 1000 }],
    ['popup', 'light', { width: 480, height: 600 }],
  ] as const)('shows the seed example in the %s, %s theme', async (name, scheme, viewport) => {
    const { page, errors } = await session.open(PAGE[name]);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('paste-box').fill(seed);
    await page.getByTestId('lead-name').getByText('David').waitFor();
    await page.screenshot({ path: `test/e2e/screenshots/${name}-${scheme}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
