import type { Page } from 'puppeteer-core';
import { findBrowser } from './browser-paths';
import { PAGE } from './dist';
import {
  type Driver,
  type ExtensionBrowser,
  type LaunchOptions,
  type PageName,
  textWaiter,
  until,
} from './driver';
import { launchFirefox } from './firefox';
import { armErrorTraps, readErrorTraps } from './page-errors';

function drive(page: Page): Driver {
  const must = async (selector: string) => {
    const handle = await page.$(selector);
    if (!handle) throw new Error(`no element matches ${selector}`);
    return handle;
  };
  const text = (selector: string) =>
    page.evaluate(
      (s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '',
      selector,
    );
  return {
    async fill(selector, value) {
      await page.$eval(
        selector,
        (el, value) => {
          const field = el as HTMLTextAreaElement;
          field.focus();
          field.select();
          // Inserts like typing or pasting would, with the same input events.
          if (!document.execCommand('insertText', false, value)) {
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
          }
        },
        value,
      );
    },
    click: async (selector) => (await must(selector)).click(),
    async press(key) {
      const keys = key.split('+') as Parameters<Page['keyboard']['press']>[0][];
      const last = keys.pop();
      for (const k of keys) await page.keyboard.down(k);
      if (last) await page.keyboard.press(last);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    text,
    waitForText: textWaiter(text),
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    waitFor: (selector, timeoutMs) =>
      until(
        () => page.evaluate((s) => document.querySelector(s) !== null, selector),
        selector,
        timeoutMs,
      ),
    evaluate: <T, A>(fn: (arg: A) => T, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>,
    errors: () => page.evaluate(readErrorTraps),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** Hookline installed as a temporary add-on in Debian's Firefox ESR, driven over WebDriver BiDi. */
export async function firefoxExtension(
  options: LaunchOptions = {},
): Promise<ExtensionBrowser | undefined> {
  const executable = findBrowser('firefox');
  if (!executable) return undefined;
  const session = await launchFirefox(executable, options);
  return {
    name: 'firefox',
    async open(name: PageName, hash?: string) {
      const { page } = await session.open(PAGE[name] + (hash ? `#${hash}` : ''), 'body > #app > *');
      return drive(page);
    },
    async tabOpenedBy(action, name) {
      const before = new Set(await session.browser.pages());
      await action();
      let found: Page | undefined;
      await until(async () => {
        // Over BiDi, page.url() stays about:blank for moz-extension:// tabs: ask the page itself.
        for (const p of await session.browser.pages()) {
          if (before.has(p)) continue;
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.includes(`/${PAGE[name]}`)) found = p;
        }
        return found !== undefined;
      }, `a new ${name} tab`);
      const page = found as Page;
      await page.evaluate(armErrorTraps);
      return drive(page);
    },
    close: () => session.close(),
  };
}
