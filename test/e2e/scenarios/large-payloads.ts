import { expect, it } from 'vitest';
import { generatePayload } from '../../bench/generate-payload';
import { seedPayload } from '../support/call-payloads';
import { type Driver, type ExtensionBrowser, type PageName, tid, until } from '../support/driver';
import { closeForgettingDraft, paste } from '../support/large-text';

const MB = 1024 * 1024;

/**
 * The seed call with a transcript of quoted JSON: stored as a JSON string (storage.local), each
 * of its escaped quotes is escaped again, so it takes about 1.5 times its length.
 */
function escapeHeavyPayload(): string {
  const call = JSON.parse(seedPayload) as { call: { transcript: string } };
  call.call.transcript = '\nhuman:  ["ok","no","ok","no","ok","no","ok","no"]'.repeat(200);
  return JSON.stringify(call);
}

/** Opens `name` again and again until it shows `selector` (a draft is written after its card paints). */
async function openShowing(
  browser: ExtensionBrowser,
  name: PageName,
  selector: string,
): Promise<Driver> {
  let page: Driver | undefined;
  await until(
    async () => {
      await page?.close();
      page = await browser.open(name);
      await page.waitFor(tid('workbench'));
      return (await page.count(selector)) > 0;
    },
    `the ${name} to open showing ${selector}`,
    20_000,
  );
  return page as Driver;
}

/** Payloads of many megabytes: the popup keeps them, hands them to a tab, and holds typed ones. */
export function largePayloadScenarios(browser: () => ExtensionBrowser): void {
  it('keeps a 5 MB paste for when the popup opens again', async () => {
    const popup = await browser().open('popup');
    await popup.waitFor(tid('paste-box'));
    await paste(popup, generatePayload(MB), 5 * MB);
    await popup.waitFor(tid('status-badge'), 60_000);
    const again = await openShowing(browser(), 'popup', tid('held-paste'));
    await popup.close();
    expect(await again.text(tid('held-paste'))).toMatch(/Pasted 5\.\d MB/);
    await again.waitFor(tid('status-badge'), 60_000);
    await closeForgettingDraft(again);
  }, 120_000);

  it.each([
    { what: 'a 12 MB paste', text: generatePayload(MB), growTo: 12 * MB, size: /12\.\d MB/ },
    {
      what: 'a 3.6 MB paste mostly of escaped quotes',
      text: escapeHeavyPayload(),
      growTo: 3.8 * MB,
      size: /3\.\d MB/,
    },
  ])(
    'opens $what from the popup in a tab',
    async ({ text, growTo, size }) => {
      const popup = await browser().open('popup');
      await popup.waitFor(tid('paste-box'));
      await paste(popup, text, growTo);
      await popup.waitFor(tid('status-badge'), 60_000);
      const viewer = await browser().tabOpenedBy(() => popup.click(tid('open-in-tab')), 'viewer');
      await viewer.waitFor(tid('status-badge'), 60_000);
      expect(await viewer.text(tid('held-paste'))).toMatch(size);
      // The real popup closes itself here; this one, a tab, would keep writing its draft (and
      // keep the draft database open) after the viewer forgot it, for the next test to find.
      await popup.close();
      await closeForgettingDraft(viewer);
    },
    120_000,
  );

  it('holds a 21 MB text put in the box without a paste, and says at once it is too large', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await paste(page, generatePayload(MB), 21 * MB, 'input');
    await page.waitForText(tid('problem'), /more than the 20 MB Hookline reads/, 30_000);
    expect(await page.text(tid('held-paste'))).toMatch(/21\.\d MB/);
    expect(await page.count(tid('paste-box'))).toBe(0);
    await closeForgettingDraft(page);
  }, 120_000);
}
