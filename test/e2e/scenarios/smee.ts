import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bins } from '../../../src/strings/bins';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { retellAnalyzedPayload } from '../support/call-payloads';
import { tid, until } from '../support/driver';
import { browserSuite } from '../support/suite';

const CHANNEL = 'hooklineE2eChannel';

/**
 * A smee.io channel, pasted as a user would (`https://smee.io/<channel>`): the browser reaches the
 * fake server's smee.io through a proxy (FakeBinServer.smeeIo), and the e2e build grants
 * https://smee.io so no prompt stands in the way. A request POSTed to the channel while the view
 * is open is listed and, with Follow newest on, opened.
 */
export function smeeSuite(name: 'chromium' | 'firefox'): void {
  let server: FakeBinServer;
  describe('smee.io', () => {
    beforeAll(async () => {
      server = await startFakeBinServer({ smeeIo: true });
    });
    afterAll(() => server?.close());

    browserSuite(
      name,
      'Reading a smee.io channel',
      (browser) => {
        it('lists and opens a call sent while the channel is open, and says smee keeps no history', async () => {
          const page = await browser().open('viewer');
          await page.waitFor(tid('paste-box'));
          await page.fill(tid('paste-box'), `https://smee.io/${CHANNEL}`);
          await page.waitForText(tid('bin-view'), bins.view.smeeNoHistory, 15_000);
          await page.waitForText(tid('bin-live'), bins.view.live.listening, 15_000);
          await page.waitForText(tid('bin-empty'), bins.view.smeeWaiting);
          expect(server.smeeListeners(CHANNEL)).toBe(1);

          const sent = await fetch(server.smeeUrl(CHANNEL), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: retellAnalyzedPayload,
          });
          expect(sent.status).toBe(200);
          await page.waitFor(tid('bin-row'), 15_000);
          expect(await page.count(tid('bin-row'))).toBe(1);
          expect(await page.text(tid('bin-row'))).toMatch(/Retell AI.*Ana Costa/s);
          // Follow newest: the call is open without a click.
          await page.waitFor(`${tid('bin-row')}[aria-selected="true"]`);
          await page.waitFor(tid('call-card'));
          expect(await page.text(tid('call-card'))).toContain('Ana Costa');
          expect(await page.errors()).toEqual([]);
          await page.close();
          await until(async () => server.smeeListeners(CHANNEL) === 0, 'the stream to close');
        });
      },
      () => ({ smeeIoProxy: server.smeeIo?.proxy }),
    );
  });
}
