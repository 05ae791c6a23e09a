import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBinServer, startFakeBinServer } from '../../support/fake-bin-server';
import { findBrowser } from '../support/browser-paths';
import { type ChromiumSession, launchChromium } from '../support/chromium';
import { PAGE } from '../support/dist';
import { type FedNetwork, harEntry } from '../support/har-entry';

const executable = findBrowser('chromium');

/** Where the pictures go: never the tracked README ones. `SHOTS_DIR=/some/dir npm run test:e2e`. */
const SHOTS_DIR = resolve(process.env.SHOTS_DIR ?? 'test-results/shots');

/** What a person would notice about a page's layout, measured in the page. */
interface Layout {
  /** The document itself scrolls (the panel must never). */
  pageScrolls: boolean;
  /** List rows whose lines wrapped onto a second line. */
  wrappedRows: number;
  /** Scrolling the list moves neither the page nor the card. */
  listScrollsAlone: boolean;
  /** Scrolling the card (its own box, or the page) leaves the list in view, all of it. */
  cardScrollsAlone: boolean;
  /** Bars that should be one line but took more: their class names. */
  tallBars: string[];
  /** Badges running out of the card section they are in (cut off at its edge). */
  badgesOutOfSection: string[];
}

interface Probe {
  /** The list's scrolling box. */
  list: string;
  /** The card's scrolling box; the page when absent. */
  card?: string;
  /** Bars that must stay one line. */
  bars: string[];
}

/** Runs in the page: self-contained. */
function measure({ list, card, bars }: Probe): Layout {
  const root = document.scrollingElement as HTMLElement;
  const lineOf = (el: Element) => {
    const style = getComputedStyle(el);
    const line = Number.parseFloat(style.lineHeight);
    return Number.isNaN(line) ? Number.parseFloat(style.fontSize) * 1.45 : line;
  };
  const wrappedRows = [...document.querySelectorAll('.call-row')].filter((row) =>
    [...row.querySelectorAll('.call-row__line')].some(
      (line) => line.getBoundingClientRect().height > 1.9 * lineOf(line),
    ),
  ).length;
  const listBox = document.querySelector(list) as HTMLElement;
  const cardBox = card ? (document.querySelector(card) as HTMLElement) : root;
  const cardContent = (document.querySelector('[data-testid="call-card"]') ??
    cardBox) as HTMLElement;
  const top = (el: Element) => el.getBoundingClientRect().top;

  const before = { page: root.scrollTop, card: top(cardContent) };
  listBox.scrollTop = 400;
  const listMoved = listBox.scrollTop > 0;
  const listScrollsAlone =
    listMoved && root.scrollTop === before.page && top(cardContent) === before.card;
  listBox.scrollTop = 0;

  const listTop = top(listBox);
  cardBox.scrollTop = cardBox.scrollHeight;
  const cardMoved = cardBox.scrollTop > 0;
  const cardScrollsAlone = cardMoved && listBox.scrollTop === 0 && top(listBox) <= listTop;
  // Sticky: with the card (or page) scrolled to its end, the whole list is still in view.
  const viewBottom = cardBox === root ? innerHeight : cardBox.getBoundingClientRect().bottom;
  const listInView = top(listBox) >= 0 && listBox.getBoundingClientRect().bottom <= viewBottom + 1;
  cardBox.scrollTop = 0;

  const badgesOutOfSection = [...document.querySelectorAll('section .badge')]
    .filter(
      (badge) =>
        badge.getBoundingClientRect().right >
        (badge.closest('section') as Element).getBoundingClientRect().right + 1,
    )
    .map((badge) => badge.textContent ?? '');

  return {
    pageScrolls: root.scrollHeight > root.clientHeight + 1,
    badgesOutOfSection,
    wrappedRows,
    listScrollsAlone,
    cardScrollsAlone: cardScrollsAlone && listInView,
    tallBars: bars.filter((selector) => {
      const bar = document.querySelector(selector);
      return bar !== null && bar.getBoundingClientRect().height > 2.2 * lineOf(bar);
    }),
  };
}

/** What must hold everywhere; a DevTools panel also never scrolls its page. */
const HOLDS: Omit<Layout, 'pageScrolls'> = {
  wrappedRows: 0,
  listScrollsAlone: true,
  cardScrollsAlone: true,
  tallBars: [],
  badgesOutOfSection: [],
};

/**
 * The layouts at the sizes people use them, with a bin of many calls and one open: the popup
 * (480 px wide, the browsers' 600 px height cap), the viewer on a small and a large screen, and
 * the DevTools panel docked low (1200×500). Pictures go to SHOTS_DIR for a person to look at;
 * the assertions say what must hold in them.
 */
describe.runIf(executable)('layouts at real sizes (chromium)', () => {
  let session: ChromiumSession;
  let bin: FakeBinServer;
  const binUrl = () => `${bin.origin}/token/${bin.publicToken}/requests`;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
  /** The same page with the card scrolled to its end (its own box, or the page): the list stays. */
  const shotScrolled = async (page: Page, name: string, card?: string) => {
    await page.evaluate((selector) => {
      const box = (
        selector ? document.querySelector(selector) : document.scrollingElement
      ) as Element;
      box.scrollTop = box.scrollHeight;
    }, card);
    await shot(page, `${name}-scrolled`);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    session = await launchChromium(executable as string);
    bin = await startFakeBinServer();
  });
  afterAll(async () => {
    await session?.close();
    await bin?.close();
  });

  async function openAt(name: keyof typeof PAGE, size: { width: number; height: number }) {
    const opened = await session.open(PAGE[name]);
    await opened.page.setViewportSize(size);
    await opened.page.emulateMedia({ colorScheme: 'light' });
    return opened;
  }

  const CALL_ROW = '[data-testid="bin-row"]:has([data-testid="bin-row-status"])';

  /** A page at `size` with the public bin open and a call, not the newest, open as its card. */
  async function openBin(
    name: 'popup' | 'viewer' | 'panel',
    size: { width: number; height: number },
  ) {
    const { page, errors } = await openAt(name, size);
    if (name === 'panel') await page.getByTestId('view-tab-paste').click();
    await page.getByTestId('paste-box').fill(binUrl());
    await page.getByTestId('bin-request').waitFor();
    // The popup opens the newest request in place; its list is one click away.
    if (name === 'popup') await page.getByTestId('bin-back').click();
    await page.locator(CALL_ROW).nth(2).click();
    await page.getByTestId('call-card').waitFor();
    return { page, errors };
  }

  it('popup 480×600: a call in place with Back, then the list, rows on one line', async () => {
    const { page, errors } = await openBin('popup', { width: 480, height: 600 });
    await shot(page, 'popup-card');
    await page.getByTestId('bin-back').click();
    await page.getByTestId('bin-row').first().waitFor();
    await shot(page, 'popup-list');
    const layout = await page.evaluate(measure, {
      list: '.call-list-pane__scroll',
      bars: ['.shell__bar'],
    });
    expect(layout).toMatchObject({ wrappedRows: 0, tallBars: [] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1024, 768],
    [1440, 900],
  ])(
    'viewer %i×%i: list and card side by side, each scrolling on its own, rows on one line',
    async (width, height) => {
      const { page, errors } = await openBin('viewer', { width, height });
      await shot(page, `viewer-${width}x${height}`);
      const layout = await page.evaluate(measure, {
        list: '.bin-view__list .call-list-pane__scroll',
        bars: ['.shell__bar', '.bin-view__tools'],
      });
      expect(layout).toMatchObject(HOLDS);
      await shotScrolled(page, `viewer-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('DevTools panel 1200×500, a bin: the page stays put, list and card scroll on their own', async () => {
    const { page, errors } = await openBin('panel', { width: 1200, height: 500 });
    await shot(page, 'panel-bin-1200x500');
    const layout = await page.evaluate(measure, {
      list: '.bin-view__list .call-list-pane__scroll',
      card: '[role="tabpanel"]:not([hidden])',
      bars: ['.shell__bar', '.views__tabs', '.bin-view__head'],
    });
    expect(layout).toEqual({ ...HOLDS, pageScrolls: false });
    await shotScrolled(page, 'panel-bin-1200x500', '[role="tabpanel"]:not([hidden])');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('DevTools panel 1200×500, captured traffic: the page stays put, list and card scroll on their own', async () => {
    const { page, errors } = await openAt('panel', { width: 1200, height: 500 });
    await page.getByTestId('capture-empty').waitFor();
    const calls = bin.publicRecords.filter((record) => record.content.includes('"lead"'));
    const entries = calls
      .slice(-30)
      .map((record, n) => harEntry(`/webhooks/call-ended?n=${n}`, record.content, 'request'));
    await page.evaluate((list) => {
      const source = (window as unknown as { hooklineNetwork: FedNetwork }).hooklineNetwork;
      for (const entry of list) source.emit(entry);
    }, entries);
    await page.getByTestId('capture-row').nth(2).click();
    await page.getByTestId('call-card').waitFor();
    await shot(page, 'panel-network-1200x500');
    const layout = await page.evaluate(measure, {
      list: '.call-list-pane__scroll',
      card: '.capture__detail',
      bars: ['.shell__bar', '.views__tabs', '.call-list-pane__bar', '.capture__detail-bar'],
    });
    expect(layout).toEqual({ ...HOLDS, pageScrolls: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
