import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findBrowser } from '../e2e/support/browser-paths';
import { launchChromium } from '../e2e/support/chromium';
import { PAGE } from '../e2e/support/dist';
import { launchFirefox } from '../e2e/support/firefox';
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
const RUNS = 5;

/** The part of a Playwright or Puppeteer page the bench needs. */
export interface Tab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  name: string;
  /** The full-tab viewer, emptied (no draft from the previous run), ready for a paste. */
  openEmptyViewer(): Promise<Tab>;
  /** A web page; resolves as soon as the navigation is committed. */
  openUrl(url: string): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * In the page: pastes `text` into the paste box as a user would (a paste event carrying the
 * text) and resolves with the milliseconds until the card's status badge has been painted
 * (the frame after it appears: rAF, then a task after that frame).
 */
export async function pasteAndWaitForCard(text: string): Promise<number> {
  const box = document.querySelector<HTMLTextAreaElement>('[data-testid="paste-box"]');
  if (!box) throw new Error('no paste box');
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.focus();
  box.select();
  const start = performance.now();
  const paste = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  // A synthetic paste event inserts nothing by itself; when the page lets it through (small
  // pastes), put the text in as the browser would (value, then an input event). execCommand
  // would do it too, but takes ~150 ms for 10 KB, which no real paste does.
  if (box.dispatchEvent(paste)) {
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }
  // No named helpers in here: tsx's keepNames would wrap them in a __name() the page lacks.
  while (!document.querySelector('[data-testid="status-badge"]')) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - start;
}

/**
 * In the built-in viewer's page: the milliseconds from navigation start (performance's time
 * origin) until `name` is in the document and a frame has been painted with it.
 */
async function waitForText(name: string): Promise<number> {
  while (!document.body?.textContent?.includes(name)) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now();
}

export async function chromiumBench(executable: string): Promise<BenchBrowser> {
  const session = await launchChromium(executable);
  return {
    name: 'Chromium',
    async openEmptyViewer() {
      const { page } = await session.open(PAGE.viewer);
      await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
        ).chrome.storage.local.clear(),
      );
      await page.reload();
      await page.getByTestId('empty-state').waitFor();
      return page;
    },
    async openUrl(url) {
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      return page;
    },
    close: () => session.close(),
  };
}

export async function firefoxBench(executable: string): Promise<BenchBrowser> {
  const session = await launchFirefox(executable);
  return {
    name: 'Firefox',
    async openEmptyViewer() {
      const first = await session.open(PAGE.viewer, '[data-testid="workbench"]');
      await first.page.evaluate(() =>
        (
          globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }
        ).browser.storage.local.clear(),
      );
      await first.page.close();
      const { page } = await session.open(PAGE.viewer, '[data-testid="empty-state"]');
      return page as unknown as Tab;
    },
    async openUrl(url) {
      const page = await session.browser.newPage();
      // Over BiDi the navigation's promise can outlive the page's first paint; the timing comes
      // from the page's own clock, so start it and poll until the document is the payload's.
      page.goto(url).catch(() => {});
      for (let i = 0; i < 400; i++) {
        const there = await page.evaluate(() => location.href).catch(() => '');
        if (there === url) return page as unknown as Tab;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`Firefox did not navigate to ${url}`);
    },
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

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
      ours.push(await viewer.evaluate(pasteAndWaitForCard, text));
      await viewer.close();
      const raw = await browser.openUrl(url);
      builtIn.push(await raw.evaluate(waitForText, LEAD_NAME));
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

export async function benchPaint(): Promise<void> {
  const { server, urlFor } = await servePayloads();
  try {
    for (const [name, launch] of [
      ['chromium', chromiumBench],
      ['firefox', firefoxBench],
    ] as const) {
      const executable = findBrowser(name);
      if (!executable) continue;
      const browser = await launch(executable);
      try {
        await benchOne(browser, urlFor);
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
}
