import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { type DevtoolsSession, launchWithDevtools } from '../support/devtools-panel';
import { startInspectedPageServer } from '../support/inspected-page-server';

const executable = findBrowser('chromium');

/** The real panel inside Chromium's DevTools, over a page's real network traffic. */
describe.runIf(executable)('the Hookline DevTools panel in Chromium', () => {
  let session: DevtoolsSession;
  let app: Awaited<ReturnType<typeof startInspectedPageServer>>;
  beforeAll(async () => {
    app = await startInspectedPageServer();
    session = await launchWithDevtools(executable as string, app.url);
    await session.page.waitForFunction(() => document.title === 'loaded');
  });
  afterAll(async () => {
    await session?.close();
    await app?.close();
  });

  it('is registered by the DevTools page', async () => {
    await session.showPanel('Hookline');
    expect(await session.panelIds()).toContain(`chrome-extension://${session.extensionId}Hookline`);
  });

  it('finds the call fetched before it was shown, then the one posted after, and opens a card', async () => {
    const panel = await session.showPanel('Hookline');
    const rows = () =>
      panel.$$eval('[data-testid="capture-row"]', (els) => els.map((el) => el.textContent ?? ''));
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="capture-row"]').length === 1,
      { timeout: 15_000 },
    );
    expect((await rows())[0]).toMatch(/David/);

    await session.page.evaluate(() =>
      (window as unknown as { sendLive(): Promise<number> }).sendLive(),
    );
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="capture-row"]').length === 2,
      { timeout: 15_000 },
    );
    const [newest, oldest] = await rows();
    expect(newest).toMatch(/Grace/);
    expect(newest).toMatch(/POST/);
    expect(oldest).toMatch(/David/);

    await panel.click('[data-testid="capture-row"]');
    await panel.waitForSelector('[data-testid="status-badge"]');
    expect(await panel.$eval('[data-testid="lead-name"]', (el) => el.textContent)).toBe('Grace');
    expect(await panel.$eval('[data-testid="status-badge"]', (el) => el.textContent)).toMatch(
      /no answer/i,
    );
  });

  it('keeps the list across a navigation, or starts afresh when Preserve is off', async () => {
    const panel = await session.showPanel('Hookline');
    const count = () => panel.$$eval('[data-testid="capture-row"]', (els) => els.length);
    const before = await count();
    // Reloading the app fetches its call again: one more row, and none lost.
    await session.page.goto(app.url);
    await panel.waitForFunction(
      (n: number) => document.querySelectorAll('[data-testid="capture-row"]').length === n + 1,
      { timeout: 15_000 },
      before,
    );

    await panel.click('[data-testid="capture-preserve"]');
    await session.page.goto(app.url);
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="capture-row"]').length === 1,
      { timeout: 15_000 },
    );
    expect(await count()).toBe(1);
  });
});
