import { expect, it } from 'vitest';
import {
  retellAnalyzedPayload,
  retellNoAnswerPayload,
  webhookSiteListPayload,
} from '../support/call-payloads';
import { type ExtensionBrowser, tid } from '../support/driver';
import { type FedNetwork, harEntry } from '../support/har-entry';

/**
 * The panel page opened as a plain tab, fed network entries by hand (`window.hooklineNetwork`):
 * the same list and card as inside DevTools, without DevTools.
 */
export function captureScenarios(browser: () => ExtensionBrowser): void {
  it('lists calls found in traffic, newest first, filters them and opens one as its card', async () => {
    const page = await browser().open('panel');
    await page.waitFor(tid('capture-empty'));
    const entries = [
      harEntry('/api/calls/1', retellAnalyzedPayload, 'response'),
      harEntry('/hook', retellNoAnswerPayload, 'request'),
      harEntry('/api/user', '{"id": 7, "name": "not a call"}', 'response'),
    ];
    await page.evaluate((list) => {
      const source = (window as unknown as { hooklineNetwork: FedNetwork }).hooklineNetwork;
      for (const entry of list) source.emit(entry);
    }, entries);
    await page.waitForText(tid('capture-list-count'), /2/);
    expect(await page.count(tid('capture-row'))).toBe(2);
    expect(await page.text(tid('capture-row'))).toMatch(/Retell AI.*No answer.*Marta Silva/s);

    await page.fill(tid('capture-filter-text'), 'Ana');
    await page.waitForText(tid('capture-list-count'), /1 of 2/);
    expect(await page.count(tid('capture-row'))).toBe(1);

    await page.click(tid('capture-row'));
    await page.waitForText(tid('capture-origin'), 'GET /api/calls/1 response');
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('lists each call once when a webhook.site dashboard fetches the same list twice', async () => {
    const page = await browser().open('panel');
    await page.waitFor(tid('capture-empty'));
    const url = '/token/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/requests?sorting=newest';
    const first = [harEntry(url, webhookSiteListPayload, 'response', Date.now() - 5000)];
    // A call posted after the second fetch: once it is listed, that fetch was inspected too.
    const marker = JSON.stringify({ ...JSON.parse(retellNoAnswerPayload), event: 'call_analyzed' });
    const again = [
      harEntry(url, webhookSiteListPayload, 'response'),
      harEntry('/hook', marker, 'request', Date.now() + 1000),
    ];
    for (const batch of [first, again]) {
      await page.evaluate((list) => {
        const source = (window as unknown as { hooklineNetwork: FedNetwork }).hooklineNetwork;
        for (const entry of list) source.emit(entry);
      }, batch);
    }
    await page.waitFor(tid('capture-row-events'));
    // Two calls, each once; Marta Silva's call now has two events (call_ended, call_analyzed).
    expect(await page.count(tid('capture-row'))).toBe(2);
    expect(await page.text(tid('capture-list-count'))).toBe('2 calls');
    expect(await page.text(tid('capture-row'))).toMatch(/Marta Silva.*2 events/s);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
}
