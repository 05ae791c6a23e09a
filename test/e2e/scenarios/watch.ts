import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { type ExtensionBrowser, tid, until } from '../support/driver';

/**
 * A bin watched in the background: with no Hookline page open, a call landing on the server
 * sets the toolbar badge, from Chrome's service worker or Firefox's event page, each woken by the
 * alarm. The badge is read with `action.getBadgeText` from an extension page (the popup opened
 * as a tab, on its lists rather than on the bin, so it checks nothing itself).
 */
export function watchScenarios(browser: () => ExtensionBrowser): void {
  let server: FakeBinServer;
  beforeAll(async () => {
    server = await startFakeBinServer();
  });
  afterAll(() => server?.close());

  it('counts a call that lands while no Hookline page is open on the toolbar badge', async () => {
    const viewer = await browser().open('viewer');
    await viewer.waitFor(tid('paste-box'));
    await viewer.fill(tid('paste-box'), `${server.origin}/token/${server.publicToken}/requests`);
    await viewer.waitFor(tid('bin-watch'), 15_000);
    await viewer.click(tid('bin-watch'));
    await viewer.waitForText(tid('bin-watch'), 'Stop watching');
    expect(await viewer.errors()).toEqual([]);
    // An empty box, so the popup opens on its lists rather than on the bin (the shared draft).
    await viewer.fill(tid('paste-box'), '');
    await viewer.waitFor(tid('watched-bins'));
    await viewer.close();

    server.append();
    const popup = await browser().open('popup');
    const badge = () =>
      popup.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(d: object): Promise<string> } };
          }
        ).chrome.action.getBadgeText({}),
      );
    await popup.waitFor(tid('watched-bins'));
    expect(await badge()).toBe('');
    // The background checks every 30 s (Chrome's shortest alarm period).
    await until(async () => (await badge()) === '1', 'the badge to count one call', 50_000);
    await popup.waitForText(tid('watched-bin'), '1 new');

    await popup.click(`${tid('watched-bin')} button[aria-label^="Stop watching"]`);
    await until(async () => (await badge()) === '', 'the badge to clear');
    await until(
      async () => (await popup.count(tid('watched-bins'))) === 0,
      'the watched list to empty',
    );
    expect(await popup.errors()).toEqual([]);
    await popup.close();
  });
}
