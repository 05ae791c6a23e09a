import { findBrowser } from '../e2e/support/browser-paths';
import { launchChromium } from '../e2e/support/chromium';
import { PAGE } from '../e2e/support/dist';
import { generatePayload } from './generate-payload';

/** Typical payloads (transcript-heavy), then a stress case with an action every 4 KB. */
const SIZES: Array<[label: string, chars: number, actions?: number]> = [
  ['10 KB', 10 * 1024],
  ['1 MB', 1024 * 1024],
  ['10 MB', 10 * 1024 * 1024],
  ['1 MB, 256 actions', 1024 * 1024, 256],
];
const RUNS = 5;

type ChromeStorage = { chrome: { storage: { local: { clear(): Promise<void> } } } };

/**
 * In the page: pastes `text` into the paste box as a user would (a paste event carrying the
 * text) and resolves with the milliseconds until the card's status badge has been painted
 * (the frame after it appears: rAF, then a task after that frame).
 */
async function pasteAndWaitForCard(text: string): Promise<number> {
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function benchPaint(): Promise<void> {
  const executable = findBrowser('chromium');
  if (!executable) return;
  const session = await launchChromium(executable);
  try {
    console.log('\nPaste to card painted, viewer page in headless Chromium (median of 5)');
    console.log('payload            size       time');
    for (const [name, chars, actions] of SIZES) {
      const text = generatePayload(chars, { actions });
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { page } = await session.open(PAGE.viewer);
        // Start from an empty viewer: the previous run's paste was kept as the draft.
        await page.evaluate(() => {
          const { chrome } = globalThis as unknown as ChromeStorage;
          return chrome.storage.local.clear();
        });
        await page.reload();
        await page.getByTestId('empty-state').waitFor();
        times.push(await page.evaluate(pasteAndWaitForCard, text));
        await page.close();
      }
      const size = `${(text.length / 1024 / 1024).toFixed(2)} MB`;
      console.log(
        `${name.padEnd(18)} ${size.padEnd(10)} ${median(times).toFixed(0).padStart(5)} ms`,
      );
    }
  } finally {
    await session.close();
  }
}
