import { afterAll, beforeAll, describe } from 'vitest';
import { findBrowser } from './browser-paths';
import { chromiumExtension } from './chromium-driver';
import type { ExtensionBrowser } from './driver';
import { firefoxExtension } from './firefox-driver';

/**
 * A describe block that launches Hookline in one real browser for its scenarios. Without the
 * browser it says how to install it and is left out locally; on CI it fails (browser-paths.ts).
 */
export function browserSuite(
  name: 'chromium' | 'firefox',
  title: string,
  scenarios: (browser: () => ExtensionBrowser) => void,
): void {
  describe.runIf(findBrowser(name) !== undefined)(`${title} (${name})`, () => {
    let browser: ExtensionBrowser | undefined;
    beforeAll(async () => {
      browser = await (name === 'chromium' ? chromiumExtension() : firefoxExtension());
    });
    afterAll(() => browser?.close());
    scenarios(() => {
      if (!browser) throw new Error(`${name} did not start`);
      return browser;
    });
  });
}
