import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/support/browser-paths';
import { seedPayload as seed } from '../e2e/support/call-payloads';
import { type ChromiumSession, launchChromium } from '../e2e/support/chromium';
import { PAGE } from '../e2e/support/dist';
import { type FakeBinServer, startFakeBinServer } from '../support/fake-bin-server';

const executable = findBrowser('chromium');

/** The README's pictures are taken here, so they always show what the extension really renders. */
describe.runIf(executable)('README screenshots (chromium)', () => {
  let session: ChromiumSession;
  let bin: FakeBinServer;
  beforeAll(async () => {
    session = await launchChromium(executable as string);
    bin = await startFakeBinServer();
  });
  afterAll(async () => {
    await session?.close();
    await bin?.close();
  });

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
    await page.screenshot({ path: `test/screenshots/${name}-${scheme}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a bin being browsed in the viewer', async () => {
    const { page, errors } = await session.open(PAGE.viewer);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('paste-box').fill(`${bin.origin}/token/${bin.publicToken}/requests`);
    const call = bin.publicRecords.findLast((record) => record.content.includes('"lead"'));
    await page.locator(`[data-testid="bin-row"][data-request-id="${call?.uuid}"]`).click();
    await page.getByTestId('status-badge').waitFor();
    await page.screenshot({ path: 'test/screenshots/viewer-bin.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
