import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../support/browser-paths';
import { type DevtoolsSession, launchWithDevtools } from '../support/devtools-panel';
import { startInspectedPageServer } from '../support/inspected-page-server';

const executable = findBrowser('chromium');

const ROW = '[data-testid="capture-row"]';

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

  const panel = () => session.showPanel('Hookline');
  const rows = async () =>
    (await panel()).$$eval(ROW, (els) => els.map((el) => el.textContent ?? ''));
  const rowCount = async (n: number) =>
    (await panel()).waitForFunction(
      (selector: string, count: number) => document.querySelectorAll(selector).length === count,
      { timeout: 15_000 },
      ROW,
      n,
    );
  const get = (path: string) =>
    session.page.evaluate(
      (p) => (window as unknown as { get(p: string): Promise<unknown> }).get(p),
      path,
    );

  it('is registered by the DevTools page', async () => {
    await session.showPanel('Hookline');
    expect(await session.panelIds()).toContain(`chrome-extension://${session.extensionId}Hookline`);
  });

  it('finds the calls fetched before it was shown, then the one posted after, and opens one', async () => {
    const frame = await panel();
    await rowCount(2);
    expect((await rows()).join(' ')).toMatch(/Ana Costa/);

    await session.page.evaluate(() =>
      (window as unknown as { sendLive(): Promise<number> }).sendLive(),
    );
    await rowCount(3);
    const [newest] = await rows();
    expect(newest).toMatch(/Marta Silva/);
    expect(newest).toMatch(/POST/);
    expect(newest).toMatch(/No answer/);

    await frame.click(ROW);
    await frame.waitForSelector('[data-testid="capture-origin"]');
    expect(await frame.$eval('[data-testid="capture-origin"]', (el) => el.textContent)).toMatch(
      /POST \/webhooks\/call-ended request/,
    );
  });

  it('lists each call once when the page fetches the same webhook.site list twice', async () => {
    const before = (await rows()).length;
    await get('/api/list');
    await rowCount(before + 2);
    await get('/api/list');
    // One more new call after the second fetch: once it is listed, that fetch was inspected.
    await get('/api/visit');
    await rowCount(before + 3);
    const all = (await rows()).join('\n');
    expect(all.match(/Dana/g)).toHaveLength(1);
    expect(all.match(/Joao Pereira/g)).toHaveLength(1);
  });

  it('fills the DevTools frame without the page scrolling: the list and card scroll on their own', async () => {
    const frame = await panel();
    const layout = await frame.evaluate(() => {
      const root = document.scrollingElement as HTMLElement;
      const list = document.querySelector('.call-list-pane__scroll') as HTMLElement;
      const detail = document.querySelector('.capture__detail') as HTMLElement;
      return {
        pageScrolls: root.scrollHeight > root.clientHeight + 1,
        listScroll: getComputedStyle(list).overflowY,
        detailScroll: getComputedStyle(detail).overflowY,
      };
    });
    expect(layout).toEqual({ pageScrolls: false, listScroll: 'auto', detailScroll: 'auto' });
  });

  it('lists no call twice across a reload with Preserve on, and starts afresh with it off', async () => {
    const before = (await rows()).length;
    // The reload fetches the latest call again (already listed) and records one new visit.
    await session.page.goto(app.url);
    await rowCount(before + 1);
    expect((await rows()).join('\n').match(/Ana Costa/g)).toHaveLength(1);

    await (await panel()).click('[data-testid="capture-preserve"]');
    await session.page.goto(app.url);
    // Afresh: the latest call and this visit.
    await rowCount(2);
  });
});
