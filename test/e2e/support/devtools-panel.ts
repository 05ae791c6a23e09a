import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { chromiumArgs, unpackedExtensionId } from './chromium';
import { E2E_DIST, PAGE } from './dist';

/**
 * Drives the real Hookline panel inside Chromium's DevTools. This leans on DevTools internals
 * (InspectorView's tabbed pane), so it stays in this one helper; the panel page is also tested
 * as a plain tab with a fake network source.
 */
/**
 * DevTools' InspectorView, from inside the DevTools page. Sent as source text: vitest rewrites
 * `import()` in functions it compiles, and this import must resolve inside DevTools itself.
 */
const PANEL_TITLE = 'Hookline';

const INSPECTOR =
  "import('./ui/legacy/legacy.js').then((m) => m.InspectorView.InspectorView.instance())";

export interface DevtoolsSession {
  browser: Browser;
  /** The inspected page. */
  page: Page;
  extensionId: string;
  /** Lists the DevTools panel ids (extension panels are `chrome-extension://<id><title>`). */
  panelIds(): Promise<string[]>;
  /** Selects the Hookline panel and returns its frame. */
  showPanel(title: string): Promise<Frame>;
  close(): Promise<void>;
}

export async function launchWithDevtools(
  executablePath: string,
  inspectedUrl: string,
): Promise<DevtoolsSession> {
  const dir = E2E_DIST.chrome;
  const profile = mkdtempSync(join(tmpdir(), 'hookline-devtools-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: chromiumArgs(dir, ['--auto-open-devtools-for-tabs']),
  });
  const extensionId = unpackedExtensionId(dir);
  // Use the first tab: every tab gets its own DevTools window, and the first one exists already.
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const devtoolsTarget = await browser.waitForTarget((t) => t.url().startsWith('devtools://'), {
    timeout: 20_000,
  });
  const devtools = await devtoolsTarget.asPage();

  const panelIds = async (): Promise<string[]> => {
    // DevTools needs a few seconds to start; until then the import or instance() throws.
    for (let attempt = 0; attempt < 60; attempt++) {
      try {
        return (await devtools.evaluate(
          `${INSPECTOR}.then((v) => v.tabbedPane.tabIds())`,
        )) as string[];
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error('DevTools did not finish starting');
  };

  const panelId = (title: string) => `chrome-extension://${extensionId}${title}`;
  const waitForPanel = async (title: string) => {
    for (let attempt = 0; attempt < 80; attempt++) {
      if ((await panelIds()).includes(panelId(title))) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the ${title} panel was never registered`);
  };

  // Load the inspected page only once DevTools and the extension's DevTools page are up, as when
  // a developer opens DevTools and reloads: getHAR() holds no traffic from before that.
  await waitForPanel(PANEL_TITLE);
  await page.goto(inspectedUrl);

  return {
    browser,
    page,
    extensionId,
    panelIds,
    async showPanel(title) {
      const id = panelId(title);
      await waitForPanel(title);
      await devtools.evaluate(
        `${INSPECTOR}.then((v) => v.tabbedPane.selectTab(${JSON.stringify(id)}))`,
      );
      const frameUrl = `chrome-extension://${extensionId}/${PAGE.panel}`;
      for (let attempt = 0; attempt < 80; attempt++) {
        const frame = devtools.frames().find((f) => f.url().startsWith(frameUrl));
        if (frame) return frame;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`the ${title} panel frame never appeared`);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
