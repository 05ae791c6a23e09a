import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { type DevtoolsSession, launchWithDevtools } from '../support/devtools-panel';

const executable = findBrowser('chromium');

describe.runIf(executable)('the Hookline DevTools panel in Chromium', () => {
  let session: DevtoolsSession;
  beforeAll(async () => {
    session = await launchWithDevtools(executable as string, 'about:blank');
  });
  afterAll(() => session?.close());

  it('is registered by the DevTools page and shows its empty state when selected', async () => {
    const panel = await session.showPanel('Hookline');
    expect(await session.panelIds()).toContain(`chrome-extension://${session.extensionId}Hookline`);
    await panel.waitForSelector('[data-testid="capture-empty"]', { timeout: 10_000 });
    const text = await panel.$eval('[data-testid="capture-empty"]', (el) => el.textContent);
    expect(text).toMatch(/network traffic for call webhooks/i);
  });
});
