import { generatePayload } from './generate-payload';
import { inEachBrowser, median, pasteAndWaitForCard } from './paint';

/**
 * The raw JSON viewer: from opening "Raw JSON" until its first rows are painted, and from
 * "Expand all" until the opened rows are painted, in each browser. A payload with many actions,
 * so expanding all opens thousands of containers.
 */
const SIZES: Array<[label: string, chars: number, actions: number]> = [
  ['1 MB, 256 actions', 1024 * 1024, 256],
  ['10 MB, 2,560 actions', 10 * 1024 * 1024, 2560],
];
const RUNS = 5;

/** In the page, after a paste: milliseconds to the first rows, then to expand all, painted. */
async function timeRawView(): Promise<{ firstRows: number; expandAll: number }> {
  // No named helpers in here: tsx's keepNames would wrap them in a __name() the page lacks.
  // The card renders long transcripts and action lists progressively; time the viewer alone,
  // once the page has stopped growing.
  let size = -1;
  while (size !== document.getElementsByTagName('*').length) {
    size = document.getElementsByTagName('*').length;
    await new Promise((r) => setTimeout(r, 300));
  }
  const summary = document.querySelector('[data-testid="raw-json"] summary') as HTMLElement;
  let start = performance.now();
  summary.click();
  while (!document.querySelector('[data-testid="raw-row"]')) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const firstRows = performance.now() - start;
  const expand = document.querySelector('[data-testid="raw-expand-all"]') as HTMLElement;
  start = performance.now();
  expand.click();
  // prompt_variables sits two levels down: shown only once everything is open.
  while (!document.querySelector('[data-testid="raw-tree"]')?.textContent?.includes('first_name')) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { firstRows, expandAll: performance.now() - start };
}

export async function benchRawView(): Promise<void> {
  await inEachBrowser(async (browser) => {
    console.log(`\n${browser.name}: raw JSON viewer, median of ${RUNS}`);
    console.log('payload                first rows   expand all');
    for (const [label, chars, actions] of SIZES) {
      const text = generatePayload(chars, { actions });
      const firstRows: number[] = [];
      const expandAll: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const viewer = await browser.openEmptyViewer();
        await pasteAndWaitForCard(browser, viewer, text);
        const times = await viewer.evaluate(timeRawView, undefined);
        firstRows.push(times.firstRows);
        expandAll.push(times.expandAll);
        await viewer.close();
      }
      console.log(
        `${label.padEnd(22)} ${median(firstRows).toFixed(0).padStart(7)} ms ${median(expandAll).toFixed(0).padStart(9)} ms`,
      );
    }
  });
}
