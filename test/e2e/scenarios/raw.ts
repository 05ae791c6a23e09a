import { expect, it } from 'vitest';
import { generatePayload } from '../../bench/generate-payload';
import { seedPayload } from '../support/call-payloads';
import { type Driver, type ExtensionBrowser, tid, until } from '../support/driver';
import { closeForgettingDraft, paste } from '../support/large-text';

const rowTexts = (page: Driver) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="raw-row"]')].map((row) => row.textContent ?? ''),
  );

/** Waits until a row of the tree reads exactly `text`. */
const waitForRow = (page: Driver, text: string, timeoutMs = 10_000) =>
  until(async () => (await rowTexts(page)).includes(text), `a raw row "${text}"`, timeoutMs);

/** The raw JSON viewer in a real browser: big documents stay virtualised and foldable. */
export function rawScenarios(browser: () => ExtensionBrowser): void {
  it('reveals a problem’s JSON path in the tree', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    const payload = JSON.parse(seedPayload) as { call: Record<string, unknown> };
    payload.call.duration = 'abc';
    await paste(page, JSON.stringify(payload));
    // Warnings fold into one line under the header: open it, as a reader would.
    await page.click(`${tid('warnings')} > summary`);
    await page.waitForText(tid('problem-path'), 'call.duration');
    await page.click(tid('problem-path'));
    await page.waitForText('.raw-row--revealed', 'duration: "abc"');
    expect(await page.text(tid('raw-path'))).toBe('call.duration');
    expect(await page.errors()).toEqual([]);
    await closeForgettingDraft(page);
  });

  it('opens the raw view of a 10 MB payload as a tree that folds', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await paste(page, generatePayload(1024 * 1024, { actions: 256 }), 10 * 1024 * 1024);
    await page.waitFor(tid('status-badge'), 60_000);
    await page.click(`${tid('raw-json')} summary`);
    await page.waitForText(tid('raw-tree'), 'executed_actions');
    expect(await rowTexts(page)).toContain('▾call: {10}');

    await page.click(tid('raw-collapse-all'));
    await waitForRow(page, '▸call: {10}');
    expect(await rowTexts(page)).not.toContain('duration: 187');
    await page.click(tid('raw-expand-all'));
    await waitForRow(page, 'first_name: "Maria"');
    // However many rows are open, only those on screen are in the page.
    expect(await page.count(tid('raw-row'))).toBeLessThan(80);

    await page.click(tid('raw-mode-text'));
    await page.waitForText(tid('raw-json-text'), '"status": "completed"');
    expect(await page.errors()).toEqual([]);
    await closeForgettingDraft(page);
  }, 180_000);

  it('scrolls to the last of 500,000 rows, past the tallest element a browser draws', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    const list = Array.from({ length: 500_000 }, (_, i) => i);
    await paste(page, JSON.stringify({ status: 'completed', call: { status: 'completed' }, list }));
    await page.waitFor(tid('raw-json'), 30_000);
    await page.click(`${tid('raw-json')} summary`);
    await page.click(tid('raw-expand-all'));
    await waitForRow(page, '0: 0', 30_000);
    await page.evaluate(() => {
      const tree = document.querySelector('[data-testid="raw-tree"]') as HTMLElement;
      tree.scrollTop = tree.scrollHeight;
    });
    await waitForRow(page, '499999: 499999');
    expect(await page.errors()).toEqual([]);
    await closeForgettingDraft(page);
  }, 120_000);
}
