import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEXT_DB_NAME } from '../../src/browser/idb-text-store';
import { E2E_DIST, PAGE } from '../e2e/support/dist';
import { forgetStoredTexts } from '../e2e/support/large-text';
import {
  type BenchBrowser,
  inEachBrowser,
  median,
  type PaintedWhen,
  RUNS,
  waitUntilPainted,
} from './paint';

/**
 * How long the popup (and the viewer) take to show something, against a bare page of the same
 * extension: navigation start to the first frame painted with the empty state, against
 * navigation start to the bare page's one line painted. Each page opens as a tab (headless
 * browsers cannot open a popup). The ratio is the figure to report: absolute times drift with
 * load.
 *
 * The bare page must not ship, so the bench loads a copy of the e2e build with it added, under
 * .bench/. BENCH_DIST=<dir holding e2e-chrome and e2e-firefox> measures another build (an older
 * commit's, to compare).
 */
const PAGES: Array<[label: string, path: string, painted: PaintedWhen]> = [
  ['bare', 'bare.html', { selector: 'p' }],
  ['popup', PAGE.popup, { selector: '[data-testid="empty-state"]' }],
  ['viewer', PAGE.viewer, { selector: '[data-testid="empty-state"]' }],
];

/**
 * The page's own stopwatch, the first script of each measured page. It has to be in the page
 * before anything paints: Firefox runs no WebDriver preload script in moz-extension:// pages,
 * and a script evaluated once the navigation commits arrives after a page this small has
 * painted (20-100 ms late, measured in both browsers). Every page gets the same script, bare
 * included, so its cost is on both sides of the ratio.
 */
const CLOCK = 'paint-clock.js';
const clockSource = `globalThis.painted = (${waitUntilPainted.toString()})(JSON.parse(document.currentScript.dataset.paintedWhen));\n`;
const clockTag = (painted: PaintedWhen) =>
  `<script src="/${CLOCK}" data-painted-when="${JSON.stringify(painted).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></script>`;

/** In the page: the clock's reading, once the parser has reached it (a commit comes first). */
async function readClock(): Promise<number> {
  const page = globalThis as unknown as { painted?: Promise<number> };
  while (!page.painted) await new Promise((r) => setTimeout(r, 1));
  return page.painted;
}

/** Copies a build to .bench/popup-open/<target>, adds the bare page and the clock. */
function instrumentedCopy(build: string, target: string): string {
  const dir = resolve('.bench/popup-open', target);
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  writeFileSync(join(dir, CLOCK), clockSource);
  for (const [, path, painted] of PAGES) {
    const file = join(dir, path);
    const html =
      path === 'bare.html'
        ? '<!doctype html><meta charset="utf-8"><title>bare</title><p>Hookline</p>'
        : readFileSync(file, 'utf8');
    const at = html.search(/<meta charset="utf-8"\s*\/?>/i);
    if (at < 0) throw new Error(`${file} has no <meta charset="utf-8">`);
    const end = html.indexOf('>', at) + 1;
    writeFileSync(file, html.slice(0, end) + clockTag(painted) + html.slice(end));
  }
  return dir;
}

async function benchOne(browser: BenchBrowser): Promise<void> {
  // No draft: the popup and the viewer open empty.
  const first = await browser.openExtensionPage('bare.html');
  await first.evaluate(forgetStoredTexts, TEXT_DB_NAME);
  await first.close();
  const times = PAGES.map((): number[] => []);
  // Run 0 warms each page up and is not counted; the pages alternate so none gets the machine's
  // quieter moments.
  for (let run = 0; run <= RUNS; run++) {
    for (const [i, [, path]] of PAGES.entries()) {
      const tab = await browser.openExtensionPage(path);
      const ms = await tab.evaluate(readClock, undefined);
      await tab.close();
      if (run > 0) times[i]?.push(ms);
    }
  }
  console.log(
    `\n${browser.name}: navigation to first paint (bare: its line; popup, viewer: the empty state), in a tab, median of ${RUNS}`,
  );
  console.log('page        median   ratio to bare');
  const bare = median(times[0] ?? []);
  for (const [i, [label]] of PAGES.entries()) {
    const ms = median(times[i] ?? []);
    console.log(
      `${label.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms ${(ms / bare).toFixed(2).padStart(9)}×`,
    );
  }
}

export async function benchPopupOpen(): Promise<void> {
  const from = process.env.BENCH_DIST;
  const build = from
    ? { chrome: join(from, 'e2e-chrome'), firefox: join(from, 'e2e-firefox') }
    : E2E_DIST;
  if (from) console.log(`\nPopup open: the build in ${from}`);
  await inEachBrowser(benchOne, {
    chrome: instrumentedCopy(build.chrome, 'chrome'),
    firefox: instrumentedCopy(build.firefox, 'firefox'),
  });
}
