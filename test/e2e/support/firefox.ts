import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_DIST } from './dist';
import type { LaunchOptions } from './driver';
import { armErrorTraps, readErrorTraps } from './page-errors';

const GECKO_ID = 'hookline@hookline.dev';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's internal UUID: its pages are at moz-extension://<uuid>/<path>. */
  uuid: string;
  /**
   * Opens an extension page (path under dist/) in a tab and waits until `ready` (a selector)
   * matches; `errors()` reads what went wrong in the page since.
   */
  open(path: string, ready: string): Promise<{ page: Page; errors: () => Promise<string[]> }>;
  close(): Promise<void>;
}

/**
 * https only through the fake smee.io; loopback is never proxied
 * (network.proxy.allow_hijacking_localhost is off by default).
 */
function proxyPrefs(proxy: string | undefined): Record<string, unknown> {
  if (proxy === undefined) return {};
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
  };
}

export async function launchFirefox(
  executablePath: string,
  options: LaunchOptions & {
    /** The unpacked extension to install: the e2e build unless a bench says otherwise. */
    extensionDir?: string;
  } = {},
): Promise<FirefoxSession> {
  // Pinning the add-on's internal UUID (keyed by the manifest's gecko id, so a copy of the build
  // gets it too) fixes its moz-extension:// host, so pages have known URLs.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: true,
    // Without it Firefox refuses to navigate a remote-controlled tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // permissions.request() from a click grants at once, without the doorhanger WebDriver
      // cannot answer; Firefox still refuses a request made outside a user's click.
      'extensions.webextOptionalPermissionPrompts': false,
      ...proxyPrefs(options.smeeIoProxy),
    },
    // The fake smee.io's certificate is self-signed.
    acceptInsecureCerts: options.smeeIoProxy !== undefined,
  });
  await browser.installExtension(options.extensionDir ?? E2E_DIST.firefox);
  return {
    browser,
    uuid,
    async open(path, ready) {
      const page = await browser.newPage();
      const url = `moz-extension://${uuid}/${path}`;
      // The navigation to a moz-extension:// page loads but never resolves over BiDi: start it
      // without awaiting, then poll until the page is there and ready.
      page.goto(url).catch(() => {});
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const ok = await page
          .evaluate(
            (u: string, sel: string) => location.href === u && !!document.querySelector(sel),
            url,
            ready,
          )
          .catch(() => false);
        if (ok) {
          await page.evaluate(armErrorTraps);
          return { page, errors: () => page.evaluate(readErrorTraps) };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${path} did not show ${ready} within 20 s`);
    },
    async close() {
      await browser.close();
    },
  };
}
