import type { Page } from 'playwright-core';
import { findBrowser } from './browser-paths';
import { launchChromium } from './chromium';
import { PAGE } from './dist';
import {
  type Driver,
  type ExtensionBrowser,
  type LaunchOptions,
  type PageName,
  textWaiter,
  until,
} from './driver';
import type { PageErrors } from './page-errors';

function drive(page: Page, errors: PageErrors): Driver {
  const first = (selector: string) => page.locator(selector).first();
  const text = async (selector: string) =>
    (await first(selector).count()) ? first(selector).innerText() : '';
  return {
    fill: (selector, text) => first(selector).fill(text),
    click: (selector) => first(selector).click(),
    press: (key) => page.keyboard.press(key),
    text,
    waitForText: textWaiter(text),
    count: (selector) => page.locator(selector).count(),
    waitFor: (selector, timeoutMs) =>
      until(async () => (await page.locator(selector).count()) > 0, selector, timeoutMs),
    evaluate: <T, A>(fn: (arg: A) => T, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => T, arg as unknown),
    errors: async () => [...errors],
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** Hookline loaded unpacked in Debian's Chromium, driven by playwright-core. */
export async function chromiumExtension(
  options: { colorScheme?: 'light' | 'dark' } & LaunchOptions = {},
): Promise<ExtensionBrowser | undefined> {
  const executable = findBrowser('chromium');
  if (!executable) return undefined;
  const session = await launchChromium(
    executable,
    options.smeeIoProxy === undefined
      ? []
      : // https only through the fake smee.io (loopback is never proxied); its certificate is
        // self-signed. https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md
        [`--proxy-server=https=${options.smeeIoProxy}`, '--ignore-certificate-errors'],
  );
  const { context, extensionId } = session;
  const base = `chrome-extension://${extensionId}/`;
  const prepare = async (page: Page) => {
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  };
  return {
    name: 'chromium',
    async open(name: PageName, hash?: string) {
      const { page, errors } = await session.open(PAGE[name] + (hash ? `#${hash}` : ''));
      await prepare(page);
      return drive(page, errors);
    },
    async tabOpenedBy(action, name) {
      const before = new Set(context.pages());
      await action();
      let found: Page | undefined;
      await until(async () => {
        found = context
          .pages()
          .find((p) => !before.has(p) && p.url().startsWith(base + PAGE[name]));
        return found !== undefined;
      }, `a new ${name} tab`);
      const page = found as Page;
      await prepare(page);
      // Errors before we found the tab are not seen here; the scenario checks what it renders.
      const errors: PageErrors = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      return drive(page, errors);
    },
    close: () => session.close(),
  };
}
