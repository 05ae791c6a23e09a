import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { RECEIVER_SECRET } from '../../support/signing-receiver';
import { type Driver, type ExtensionBrowser, tid } from '../support/driver';

/**
 * A signed webhook in a bin: its signature checked with the right and a wrong secret, and sent
 * on re-signed to a local endpoint that verifies it with node:crypto (signing-receiver.ts).
 * The fake server listens on 127.0.0.1, which the e2e build grants at install.
 */
export function signatureScenarios(browser: () => ExtensionBrowser): void {
  let server: FakeBinServer;
  beforeAll(async () => {
    server = await startFakeBinServer();
  });
  afterAll(() => server?.close());

  async function openSigned(index: number): Promise<Driver> {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.signedToken}/requests`);
    await page.waitFor(tid('bin-row'), 15_000);
    const id = server.signedRecords[index]?.uuid;
    await page.click(`${tid('bin-row')}[data-request-id="${id}"]`);
    await page.waitFor(tid('signature'));
    return page;
  }

  async function check(page: Driver, secret: string, state: RegExp): Promise<void> {
    await page.fill(tid('signature-secret'), secret);
    await page.click(tid('signature-check'));
    await page.waitForText(tid('signature-state'), state);
  }

  for (const [index, platform] of [
    [0, 'retell'],
    [1, 'elevenlabs'],
  ] as const) {
    it(`says the ${platform} request's signature fails with a wrong secret and verifies with the right one`, async () => {
      const page = await openSigned(index);
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('[data-testid="signature-scheme"]') as HTMLSelectElement).value,
        ),
      ).toBe(platform);
      await check(page, 'whsec_of_another_agent', /Mismatch/);
      expect(await page.text(tid('signature-cause'))).toMatch(/another agent/);
      await check(page, RECEIVER_SECRET, /Valid/);
      expect(await page.text(tid('signature-age'))).toMatch(/inside .+ window/);
      expect(await page.errors()).toEqual([]);
      await page.close();
    });
  }

  it('sends a Retell request re-signed to a local endpoint, which verifies it and answers 200', async () => {
    const page = await openSigned(0);
    await check(page, RECEIVER_SECRET, /Valid/);
    await page.fill(tid('send-url'), `${server.origin}/receive/retell`);
    await page.click(tid('send-choice-signed'));
    await page.click(tid('send-button'));
    await page.waitForText(tid('send-status'), /^200 OK in \d+ ms$/, 15_000);
    expect(await page.text(tid('send-body'))).toContain('"verified":true');
    expect(server.receivedBodies.at(-1)).toBe(server.signedRecords[0]?.content);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
}
