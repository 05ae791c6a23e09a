/**
 * One manifest.json, two browsers: each target keeps only the keys it understands, so neither
 * browser warns about the other's settings. Used by vite.config.ts at build time.
 */
export type Target = 'chrome' | 'firefox';

/** Keys only one browser reads. Chrome warns on `browser_specific_settings`; Firefox on `minimum_chrome_version`. */
const ONLY_FOR: Record<string, Target> = {
  minimum_chrome_version: 'chrome',
  browser_specific_settings: 'firefox',
};

/**
 * What only the `e2e` build variant grants, so headless tests need no permission prompt: the
 * loopback origin the end-to-end bin server runs on, and smee.io, which the e2e browsers reach on
 * that server through a proxy (test/support/fake-bin-server.ts, SmeeIo).
 */
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'https://smee.io/*'];

export interface TargetOptions {
  /** Test-only build: grants the test origins (E2E_HOST_PERMISSIONS). */
  e2e?: boolean;
}

/**
 * The background script: a service worker in Chrome, an event page in Firefox (Firefox runs
 * `background.scripts`, Chrome only `service_worker`:
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/background).
 * Each target keeps its own key.
 */
const BACKGROUND_KEY: Record<Target, 'service_worker' | 'scripts'> = {
  chrome: 'service_worker',
  firefox: 'scripts',
};

function backgroundFor(background: unknown, target: Target): unknown {
  if (typeof background !== 'object' || background === null) return background;
  const { service_worker, scripts, ...rest } = background as Record<string, unknown>;
  const own = BACKGROUND_KEY[target];
  return { [own]: own === 'scripts' ? scripts : service_worker, ...rest };
}

export function manifestFor<M extends object>(
  source: M,
  target: Target,
  options: TargetOptions = {},
): M & { host_permissions?: string[] } {
  const manifest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const only = ONLY_FOR[key];
    if (only === undefined || only === target) {
      manifest[key] = key === 'background' ? backgroundFor(value, target) : value;
    }
  }
  if (options.e2e) manifest.host_permissions = [...E2E_HOST_PERMISSIONS];
  return manifest as M & { host_permissions?: string[] };
}
