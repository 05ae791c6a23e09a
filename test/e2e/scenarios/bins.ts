import { afterAll, beforeAll, expect, it } from 'vitest';
import { BEARER, type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { type Driver, type ExtensionBrowser, tid } from '../support/driver';

/** The data-request-id of the first row matching `selector` ('' when none). */
function rowId(page: Driver, selector: string): Promise<string> {
  return page.evaluate(
    (css) => document.querySelector(css)?.getAttribute('data-request-id') ?? '',
    selector,
  );
}

const SELECTED = `${tid('bin-row')}[aria-selected="true"]`;

/**
 * A bin URL pasted where a payload goes: the captured requests, newest first, and a call's card.
 * The fake server listens on 127.0.0.1, which the e2e build grants at install (headless browsers
 * cannot click a permission prompt); the prompt itself is covered by unit tests.
 */
export function binScenarios(browser: () => ExtensionBrowser): void {
  let server: FakeBinServer;
  beforeAll(async () => {
    server = await startFakeBinServer();
  });
  afterAll(() => server?.close());

  it('lists a self-hosted webhook.site bin newest first and opens a call as its card', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.publicToken}/requests`);
    await page.waitFor(tid('bin-row'), 15_000);
    await page.waitForText(tid('bin-count'), /50 of 120/);
    const newest = server.publicRecords.at(-1);
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-testid="bin-row"]')?.getAttribute('data-request-id'),
      ),
    ).toBe(newest?.uuid);
    // The same test ping sent several times is one row, "delivered N×".
    expect(await page.count(tid('bin-row-deliveries'))).toBeGreaterThan(0);

    const call = server.publicRecords.findLast((record) => record.content.includes('"lead"'));
    await page.click(`${tid('bin-row')}[data-request-id="${call?.uuid}"]`);
    await page.waitFor(tid('status-badge'));
    expect(await page.text(tid('status-badge'))).not.toBe('');
    await page.click(tid('bin-load-more'));
    await page.waitForText(tid('bin-count'), /100 of 120/);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('lists one row per call: two events of one call, and a report delivered twice', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.eventsToken}/requests`);
    await page.waitForText(tid('bin-count'), /4 requests/, 15_000);
    expect(await page.count(tid('bin-row'))).toBe(2);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="bin-row"]')].map((row) => row.textContent),
    );
    expect(rows[0]).toMatch(/Vapi.*Daniel Brooks.*delivered 2×/);
    expect(rows[1]).toMatch(/Retell AI.*Ana Costa.*2 events/);

    await page.click(`${tid('bin-row')}:has(${tid('bin-row-events')})`);
    await page.waitFor(tid('call-event'));
    expect(await page.count(tid('call-event'))).toBe(2);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('lists a bin whose newest 50 are over 10 MB in smaller pages, one request as too large', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.heavyToken}/requests`);
    await page.waitForText(tid('bin-count'), /^10 of 60 requests$/, 30_000);
    expect(await page.count(tid('bin-error'))).toBe(0);
    await page.click(tid('bin-load-more'));
    const tooLarge = `${tid('bin-row')}[data-request-id^="too-large-"]`;
    await page.waitForText(tooLarge, 'Too large to load here (11 MB)', 30_000);
    await page.click(tooLarge);
    await page.waitForText(tid('bin-request-kind'), /too large to load here \(11 MB\)/);
    await page.click(tid('bin-load-more'));
    await page.waitForText(tid('bin-count'), /^50 of 60 requests$/, 30_000);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('reads a private bin behind a same-site redirect with its API key, though the browser hides where it leads', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    const address = server.faultUrl('redirect-same', `/token/${server.privateToken}/requests`);
    await page.fill(tid('paste-box'), address);
    await page.waitFor(tid('bin-api-key'), 15_000);
    await page.fill(tid('bin-api-key'), server.apiKey);
    await page.click('.bin-api-key button[type="submit"]');
    await page.waitForText(tid('bin-count'), /^3 requests$/, 15_000);
    expect(await page.count(tid('bin-error'))).toBe(0);
    await page.close();
  });

  it('says so when the bin has expired', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.missingToken}/requests`);
    await page.waitForText(tid('bin-error'), /7 days/, 15_000);
    await page.close();
  });

  it('opens a single-payload address straight to its card', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/json/payload`);
    await page.waitFor(tid('call-card'), 15_000);
    expect(await page.count(tid('bin-row'))).toBe(0);
    expect(await page.text(tid('bin-request'))).not.toContain('Time not recorded');
    await page.close();
  });

  it('shows the request beside the call: every header, a secret one masked until shown', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.publicToken}/requests`);
    await page.waitFor(tid('bin-row-status'), 15_000);
    await page.click(`${tid('bin-row')}:has(${tid('bin-row-status')})`);
    await page.waitFor(tid('call-card'));
    await page.click(`${tid('bin-request-facts')} summary`);
    await page.waitForText(tid('bin-headers'), 'authorization');
    expect(await page.text(tid('bin-header-secret'))).not.toContain(BEARER);
    await page.click(tid('bin-header-reveal'));
    await page.waitForText(tid('bin-header-secret'), BEARER);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('popup: opens the newest call in place, Back shows the list, a row opens its call', async () => {
    const page = await browser().open('popup');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.publicToken}/requests`);
    await page.waitFor(tid('bin-request'), 15_000);
    expect(await page.count(tid('bin-row'))).toBe(0);
    await page.click(tid('bin-back'));
    await page.waitFor(tid('bin-row'));
    await page.click(`${tid('bin-row')}:has(${tid('bin-row-status')})`);
    await page.waitFor(tid('call-card'));
    expect(await page.count(tid('bin-row'))).toBe(0);
    await page.close();
  });

  it('lists and opens a call that lands while the bin is open, and keeps the rows loaded with Load more', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), `${server.origin}/token/${server.publicToken}/requests`);
    await page.waitFor(SELECTED, 15_000);
    const newest = server.publicRecords.at(-1)?.uuid;
    expect(await rowId(page, SELECTED)).toBe(newest);
    await page.click(tid('bin-load-more'));
    await page.waitForText(tid('bin-count'), /^100 of/);

    const landed = server.append();
    // No click: the next check lists it on top and, with Follow newest on, opens it.
    await page.waitFor(`${tid('bin-row')}[data-request-id="${landed.uuid}"]`, 15_000);
    expect(await rowId(page, tid('bin-row'))).toBe(landed.uuid);
    await page.waitFor(`${SELECTED}[data-request-id="${landed.uuid}"]`);
    // 101 requests; rows are calls, so requests of one call share a row.
    await page.waitForText(tid('bin-count'), /^101 of/);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('refuses a javascript: address and one with credentials, without making a request', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), 'javascript:alert(1)');
    await page.waitForText(tid('bin-refused'), /javascript:/);
    const withCredentials = server.origin.replace('://', '://user:secret@');
    await page.fill(tid('paste-box'), `${withCredentials}/json/credentials-probe`);
    await page.waitForText(tid('bin-refused'), /password|credentials/i);
    expect(await page.count(tid('bin-view'))).toBe(0);
    expect(server.received.some((r) => r.path.includes('credentials-probe'))).toBe(false);
    await page.close();
  });
}
