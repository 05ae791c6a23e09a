import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { TEXT_DB_NAME } from '../../src/browser/idb-text-store';
import { findBrowser } from '../e2e/support/browser-paths';
import { launchChromium } from '../e2e/support/chromium';
import { E2E_DIST, PAGE } from '../e2e/support/dist';
import { launchFirefox } from '../e2e/support/firefox';
import { forgetStoredTexts } from '../e2e/support/large-text';
import { generatePayload, LEAD_NAME } from './generate-payload';

/**
 * What a user does instead of Hookline is open the body in a tab and let the browser's own JSON
 * viewer show it. So each size is timed both ways in the same browser and the same run:
 * Hookline from the paste until the card is painted; the built-in viewer from navigation until
 * the lead's name is painted. The ratio is the figure to report: absolute times drift with load.
 */
const SIZES: Array<[label: string, chars: number, actions?: number]> = [
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
  ['10 MB', 10 * 1024 * 1024],
  ['1 MB, 256 actions', 1024 * 1024, 256],
];
/** BENCH_RUNS=1 for a quick look while changing the bench itself. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The part of a Playwright or Puppeteer page the bench needs. */
export interface Tab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  name: string;
  /** The full-tab viewer, emptied (no draft from the previous run), ready for a paste. */
  openEmptyViewer(): Promise<Tab>;
  /** Presses Ctrl with `key` in the tab, as the user does. */
  press(tab: Tab, key: 'c' | 'v'): Promise<void>;
  /** A web page in a fresh tab; resolves as soon as the navigation is committed. */
  openUrl(url: string): Promise<Tab>;
  /** An extension page (path under the build, as in PAGE), the same way as openUrl. */
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * In the page, before the paste: arranges for the next Ctrl+C to put the payload on the
 * clipboard (a copy event filled by the page: Firefox refuses `navigator.clipboard.writeText`
 * past a few MB) and focuses the paste box; then waits, in the background, for the user's Ctrl+V
 * and for the card's status badge to be painted (the frame after it appears: rAF, then a task
 * after that frame). The time runs from the V key press (its event's own timestamp), so reading
 * the clipboard counts too. A real paste matters: Firefox gives a synthetic paste event's
 * clipboardData to no one (getData returns ""), so a synthetic paste there measured the text
 * landing in the textarea, which no user sees.
 */
function armPaste(): void {
  const scope = globalThis as unknown as { text: string; pasted?: Promise<number> };
  addEventListener(
    'copy',
    (event) => {
      event.preventDefault();
      event.clipboardData?.setData('text/plain', scope.text);
    },
    { capture: true, once: true },
  );
  const box = document.querySelector<HTMLTextAreaElement>('[data-testid="paste-box"]');
  if (!box) throw new Error('no paste box');
  box.focus();
  // No named helpers in here: tsx's keepNames would wrap them in a __name() the page lacks.
  scope.pasted = new Promise<number>((resolve) => {
    const once = new AbortController();
    addEventListener(
      'keydown',
      async (event) => {
        if (event.key.toLowerCase() !== 'v') return;
        once.abort();
        const start = event.timeStamp;
        while (!document.querySelector('[data-testid="status-badge"]')) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        resolve(performance.now() - start);
      },
      { capture: true, signal: once.signal },
    );
  });
}

export async function pasteAndWaitForCard(browser: BenchBrowser, tab: Tab, text: string) {
  await tab.evaluate((value) => {
    (globalThis as unknown as { text: string }).text = value;
  }, text);
  await tab.evaluate(armPaste, undefined);
  await browser.press(tab, 'c');
  await browser.press(tab, 'v');
  return tab.evaluate(
    () => (globalThis as unknown as { pasted: Promise<number> }).pasted,
    undefined,
  );
}

/** What a page shows once it is painted: a text anywhere in it, or an element. */
export type PaintedWhen = { text: string } | { selector: string };

/**
 * In a page: the milliseconds from navigation start (performance's time origin) until `target`
 * is in the document and a frame has been painted with it (rAF, then a task after that frame).
 */
export async function waitUntilPainted(target: PaintedWhen): Promise<number> {
  // No named helpers in here: tsx's keepNames would wrap them in a __name() the page lacks.
  while (
    'text' in target
      ? !document.body?.textContent?.includes(target.text)
      : !document.querySelector(target.selector)
  ) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now();
}

async function chromiumBench(executable: string, extensionDir: string): Promise<BenchBrowser> {
  const session = await launchChromium(executable, [], extensionDir);
  const openUrl = async (url: string) => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return page;
  };
  return {
    name: 'Chromium',
    async openEmptyViewer() {
      const { page } = await session.open(PAGE.viewer);
      await page.evaluate(forgetStoredTexts, TEXT_DB_NAME);
      await page.reload();
      await page.getByTestId('empty-state').waitFor();
      return page;
    },
    async press(tab, key) {
      await (tab as Page).keyboard.press(`Control+${key}`);
    },
    openUrl,
    openExtensionPage: (path) => openUrl(`chrome-extension://${session.extensionId}/${path}`),
    close: () => session.close(),
  };
}

async function firefoxBench(executable: string, extensionDir: string): Promise<BenchBrowser> {
  const session = await launchFirefox(executable, { extensionDir });
  const openUrl = async (url: string) => {
    const page = await session.browser.newPage();
    // Over BiDi the navigation's promise can outlive the page's first paint; the timing comes
    // from the page's own clock, so start it and poll until the document is the requested one.
    page.goto(url).catch(() => {});
    for (let i = 0; i < 400; i++) {
      const there = await page.evaluate(() => location.href).catch(() => '');
      if (there === url) return page as unknown as Tab;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`Firefox did not navigate to ${url}`);
  };
  return {
    name: 'Firefox',
    async openEmptyViewer() {
      const first = await session.open(PAGE.viewer, '[data-testid="workbench"]');
      await first.page.evaluate(forgetStoredTexts, TEXT_DB_NAME);
      await first.page.close();
      const { page } = await session.open(PAGE.viewer, '[data-testid="empty-state"]');
      return page as unknown as Tab;
    },
    async press(tab, key) {
      const { keyboard } = tab as unknown as PuppeteerPage;
      await keyboard.down('Control');
      await keyboard.press(key);
      await keyboard.up('Control');
    },
    openUrl,
    openExtensionPage: (path) => openUrl(`moz-extension://${session.uuid}/${path}`),
    close: () => session.close(),
  };
}

/** Serves the payload as application/json, the way a bin's raw URL or an API response does. */
async function servePayloads(): Promise<{ server: Server; urlFor(text: string): string }> {
  const bodies = new Map<string, string>();
  const server = createServer((request, response) => {
    const body = bodies.get(request.url ?? '');
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    urlFor(text) {
      const path = `/payload-${bodies.size}.json`;
      bodies.set(path, text);
      return `http://127.0.0.1:${port}${path}`;
    },
  };
}

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function benchOne(browser: BenchBrowser, urlFor: (text: string) => string): Promise<void> {
  console.log(
    `\n${browser.name}: paste to card painted (Hookline viewer) vs navigation to name painted (built-in JSON viewer), median of ${RUNS}`,
  );
  console.log('payload            size        Hookline   built-in    ratio');
  for (const [label, chars, actions] of SIZES) {
    const text = generatePayload(chars, { actions });
    const url = urlFor(text);
    const ours: number[] = [];
    const builtIn: number[] = [];
    // Alternate the two so neither gets the machine's quieter moments.
    for (let run = 0; run < RUNS; run++) {
      const viewer = await browser.openEmptyViewer();
      ours.push(await pasteAndWaitForCard(browser, viewer, text));
      await viewer.close();
      const raw = await browser.openUrl(url);
      builtIn.push(await raw.evaluate(waitUntilPainted, { text: LEAD_NAME }));
      await raw.close();
    }
    const a = median(ours);
    const b = median(builtIn);
    const size = `${(text.length / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `${label.padEnd(18)} ${size.padEnd(10)} ${a.toFixed(0).padStart(7)} ms ${b.toFixed(0).padStart(7)} ms ${(a / b).toFixed(2).padStart(7)}×`,
    );
  }
}

/**
 * Runs `bench` in each browser found on this machine, closing it afterwards; with the extension
 * loaded from `dist` (the e2e build unless a bench loads a copy of it).
 */
export async function inEachBrowser(
  bench: (browser: BenchBrowser) => Promise<void>,
  dist: { chrome: string; firefox: string } = E2E_DIST,
) {
  for (const [name, launch, dir] of [
    ['chromium', chromiumBench, dist.chrome],
    ['firefox', firefoxBench, dist.firefox],
  ] as const) {
    const executable = findBrowser(name);
    if (!executable) continue;
    const browser = await launch(executable, dir);
    try {
      await bench(browser);
    } finally {
      await browser.close();
    }
  }
}

export async function benchPaint(): Promise<void> {
  const { server, urlFor } = await servePayloads();
  try {
    await inEachBrowser((browser) => benchOne(browser, urlFor));
  } finally {
    server.close();
  }
}
