import { expect, it } from 'vitest';
import { noAnswerPayload, seedPayload } from '../support/call-payloads';
import { type ExtensionBrowser, tid } from '../support/driver';

interface Fed {
  emit(entry: unknown): void;
}

/** A finished request as DevTools reports it; the body is inline, as a hand-fed source takes it. */
function harEntry(path: string, body: string, where: 'request' | 'response') {
  const json = { mimeType: 'application/json', text: body };
  return {
    startedDateTime: new Date().toISOString(),
    time: 12,
    request: {
      method: where === 'request' ? 'POST' : 'GET',
      url: `https://app.example${path}`,
      ...(where === 'request' ? { postData: json } : {}),
    },
    response: {
      status: 200,
      content: {
        ...(where === 'response' ? json : { mimeType: 'text/plain', text: 'ok' }),
        size: body.length,
      },
    },
  };
}

/**
 * The panel page opened as a plain tab, fed network entries by hand (`window.hooklineNetwork`):
 * the same list and card as inside DevTools, without DevTools.
 */
export function captureScenarios(browser: () => ExtensionBrowser): void {
  it('lists calls found in traffic, newest first, filters them and opens one as its card', async () => {
    const page = await browser().open('panel');
    await page.waitFor(tid('capture-empty'));
    const entries = [
      harEntry('/api/calls/1', seedPayload, 'response'),
      harEntry('/hook', noAnswerPayload, 'request'),
      harEntry('/api/user', '{"id": 7, "name": "not a call"}', 'response'),
    ];
    await page.evaluate((list) => {
      const source = (window as unknown as { hooklineNetwork: Fed }).hooklineNetwork;
      for (const entry of list) source.emit(entry);
    }, entries);
    await page.waitForText(tid('capture-count'), /2/);
    expect(await page.count(tid('capture-row'))).toBe(2);
    expect(await page.text(tid('capture-row'))).toMatch(/Grace/);

    await page.fill(tid('capture-filter-text'), 'David');
    await page.waitForText(tid('capture-count'), /1/);
    expect(await page.count(tid('capture-row'))).toBe(1);

    await page.click(tid('capture-row'));
    await page.waitForText(tid('lead-name'), 'David');
    expect(await page.text(tid('status-badge'))).toMatch(/ended by the agent/i);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
}
