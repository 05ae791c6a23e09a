import { readdirSync, readFileSync } from 'node:fs';
import { findBrowser } from '../e2e/support/browser-paths';
import { launchChromium } from '../e2e/support/chromium';
import { PAGE } from '../e2e/support/dist';

const BURST = 200;

/**
 * The Synthflow fixtures that hold one call with its id, as response bodies. Each burst entry
 * gets its own call id: the panel lists one row per call, so repeated fixtures would share rows.
 */
function callBodies(): string[] {
  return readdirSync('test/fixtures/synthflow')
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(`test/fixtures/synthflow/${f}`, 'utf8'))
    .filter((text) => text.match(CALL_ID_G)?.length === 1 && !text.includes('"webhook.site"'));
}

const CALL_ID_G = /"call_id": "[^"]*"/g;
const asCall = (text: string, i: number) => text.replace(CALL_ID_G, `"call_id": "burst-${i}"`);

/**
 * In the panel page: feeds `bodies` as finished responses all at once and resolves when every
 * call is listed, with the total time and the longest stretch the page could not respond (the
 * largest gap between zero-delay timer ticks).
 */
async function feedBurst(bodies: string[]): Promise<{ totalMs: number; longestGapMs: number }> {
  const source = (window as unknown as { hooklineNetwork: { emit(e: unknown): void } })
    .hooklineNetwork;
  let longestGapMs = 0;
  let last = performance.now();
  let running = true;
  // No named helpers in here: tsx's keepNames would wrap them in a __name() the page lacks.
  void (async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, 0));
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
    }
  })();
  const start = performance.now();
  for (const [i, text] of bodies.entries()) {
    source.emit({
      startedDateTime: new Date(Date.now() + i).toISOString(),
      time: 5,
      request: { method: 'GET', url: `https://dashboard.example/api/calls/${i}` },
      response: { status: 200, content: { mimeType: 'application/json', size: text.length, text } },
    });
  }

  // A bench that never ends hides its cause: say how many rows there were instead.
  for (let rows = 0; rows < bodies.length; ) {
    if (performance.now() - start > 60_000) throw new Error(`only ${rows} rows after 60 s`);
    await new Promise((r) => setTimeout(r, 5));
    rows = document.querySelectorAll('[data-testid="capture-row"]').length;
  }
  running = false;
  return { totalMs: performance.now() - start, longestGapMs };
}

export async function benchCaptureBurst(): Promise<void> {
  const executable = findBrowser('chromium');
  if (!executable) return;
  const fixtures = callBodies();
  const bodies = Array.from({ length: BURST }, (_, i) =>
    asCall(fixtures[i % fixtures.length] as string, i),
  );
  const session = await launchChromium(executable);
  try {
    const { page } = await session.open(PAGE.panel);
    await page.getByTestId('capture-empty').waitFor();
    const { totalMs, longestGapMs } = await page.evaluate(feedBurst, bodies);
    console.log(`\nDevTools panel page in headless Chromium: a burst of ${BURST} call responses`);
    console.log(
      `all listed after ${totalMs.toFixed(0)} ms; longest unresponsive stretch ${longestGapMs.toFixed(0)} ms`,
    );
  } finally {
    await session.close();
  }
}
