import { afterAll, beforeAll, describe } from 'vitest';
import { findBrowser } from './browser-paths';
import { chromiumExtension } from './chromium-driver';
import type { ExtensionBrowser, LaunchOptions } from './driver';
import { firefoxExtension } from './firefox-driver';

/**
 * A describe block that launches Hookline in one real browser for its scenarios. Without the
 * browser it says how to install it and is left out locally; on CI it fails (browser-paths.ts).
 * `launch` is read when the browser starts, after the hooks of enclosing blocks have run.
 */
export function browserSuite(
  name: 'chromium' | 'firefox',
  title: string,
  scenarios: (browser: () => ExtensionBrowser) => void,
  launch: () => LaunchOptions = () => ({}),
): void {
  describe.runIf(findBrowser(name) !== undefined)(`${title} (${name})`, () => {
    let browser: ExtensionBrowser | undefined;
    beforeAll(async () => {
      const options = launch();
      browser = await (name === 'chromium'
        ? chromiumExtension(options)
        : firefoxExtension(options));
    });
    afterAll(() => browser?.close());
    scenarios(() => {
      if (!browser) throw new Error(`${name} did not start`);
      return browser;
    });
  });
}
