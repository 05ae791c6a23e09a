import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { RECEIVER_SECRET } from '../../support/signing-receiver';
import { type Driver, type ExtensionBrowser, tid } from '../support/driver';

interface Fed {
  emit(entry: unknown): void;
}

/** A webhook the inspected page posted, as the panel reads it from DevTools: body and headers. */
function postedWebhook(body: string, headers: Record<string, string[]>) {
  return {
    startedDateTime: new Date().toISOString(),
    time: 9,
    request: {
      method: 'POST',
      url: 'https://app.example/hook',
      headers,
      postData: { mimeType: 'application/json', text: body },
    },
    response: { status: 200, content: { mimeType: 'text/plain', text: 'ok', size: 2 } },
  };
}

async function checkSignature(page: Driver): Promise<void> {
  await page.fill(tid('signature-secret'), RECEIVER_SECRET);
  await page.click(tid('signature-check'));
  await page.waitForText(tid('signature-state'), /Valid/);
}

/**
 * "Send to…" in a Firefox DevTools panel, which has no permissions API. The panel page opened as
 * a plain tab, fed by hand (`window.hooklineNetwork`), is made like one by removing it from its
 * `browser`. (A real panel has no `tabs` either and opens the tab with window.open, but WebDriver
 * BiDi does not report windows an extension page opens, so the test keeps `tabs`.) The endpoint is addressed as `localhost`, which the e2e build
 * does not grant (it grants 127.0.0.1), and it answers no CORS: the browser blocks the panel's
 * send as it blocks one to any site Hookline has no access to. The viewer tab asks for access
 * (granted without a prompt, see firefox.ts) and sends.
 */
export function panelSendScenarios(browser: () => ExtensionBrowser): void {
  let server: FakeBinServer;
  beforeAll(async () => {
    server = await startFakeBinServer();
  });
  afterAll(() => server?.close());

  const delivered = () =>
    server.received.filter((r) => r.method === 'POST' && r.path.startsWith('/receive/')).length;

  it('offers a Hookline tab with the same request ready when the panel cannot ask for access, and the tab sends it', async () => {
    const [signed] = server.signedRecords;
    if (signed === undefined) throw new Error('the fake server has no signed Retell call');
    const target = `${server.origin.replace('127.0.0.1', 'localhost')}/receive/retell`;

    const panel = await browser().open('panel');
    await panel.waitFor(tid('capture-empty'));
    await panel.evaluate(() => {
      const api = (globalThis as unknown as { browser: Record<string, unknown> }).browser;
      delete api.permissions;
    });
    await panel.evaluate(
      (entry) => (window as unknown as { hooklineNetwork: Fed }).hooklineNetwork.emit(entry),
      postedWebhook(signed.content, signed.headers),
    );
    await panel.waitFor(tid('capture-row'));
    await panel.click(tid('capture-row'));
    // The signature check needs no permission: it verifies in the panel itself.
    await panel.waitFor(tid('signature'));
    await checkSignature(panel);

    const before = delivered();
    await panel.fill(tid('send-url'), target);
    await panel.click(tid('send-button'));
    await panel.waitFor(tid('send-open-in-tab'), 15_000);
    expect(await panel.text(tid('send-message'))).toMatch(
      /A DevTools panel cannot ask for access to a site/,
    );
    expect(delivered()).toBe(before);

    const tab = await browser().tabOpenedBy(() => panel.click(tid('send-open-in-tab')), 'viewer');
    await tab.waitFor(tid('signature'));
    // The same request: its body, and the platform's headers that the signature check needs.
    expect(await tab.evaluate(() => document.querySelector('textarea')?.value)).toBe(
      signed.content,
    );
    await checkSignature(tab);
    expect(
      await tab.evaluate(
        () => (document.querySelector('[data-testid="send-url"]') as HTMLInputElement).value,
      ),
    ).toBe(target);
    await tab.click(tid('send-button'));
    await tab.waitForText(tid('send-status'), /^200 OK in \d+ ms$/, 15_000);
    expect(await tab.text(tid('send-body'))).toContain('"verified":true');
    expect(server.receivedBodies.at(-1)).toBe(signed.content);

    // Access granted once (in the tab) holds for the panel too: its own Send now just works.
    await panel.click(tid('send-button'));
    await panel.waitForText(tid('send-status'), /^200 OK in \d+ ms$/, 15_000);
    expect(delivered()).toBe(before + 2);
    expect(await panel.errors()).toEqual([]);
    expect(await tab.errors()).toEqual([]);
    await tab.close();
    await panel.close();
  });
}
