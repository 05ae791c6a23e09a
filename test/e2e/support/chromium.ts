import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { E2E_DIST } from './dist';
import { collectErrors, type PageErrors, reportCspViolations } from './page-errors';

/**
 * Chromium derives an unpacked extension's id from its absolute path: the first 128 bits of
 * SHA-256 of the path, each hex digit mapped 0-f → a-p. Hookline has no service worker whose URL
 * would tell us the id, so we compute it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * Flags for Chromium with Hookline loaded unpacked: headless-friendly, and quiet on this
 * machine's closed network (no background, component or sync traffic).
 */
export function chromiumArgs(extensionDir: string, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...extra,
  ];
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (path under dist/) in a tab, watching it for errors. */
  open(path: string): Promise<{ page: Page; errors: PageErrors }>;
  close(): Promise<void>;
}

/** `dir` is the unpacked extension to load: the e2e build unless a bench says otherwise. */
export async function launchChromium(
  executablePath: string,
  extraArgs: string[] = [],
  dir = E2E_DIST.chrome,
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'hookline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(dir, extraArgs),
  });
  const extensionId = unpackedExtensionId(dir);
  return {
    context,
    extensionId,
    async open(path) {
      const page = await context.newPage();
      const { errors, onPageError, onConsole } = collectErrors();
      page.on('pageerror', onPageError);
      page.on('console', onConsole);
      await page.addInitScript(reportCspViolations);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
