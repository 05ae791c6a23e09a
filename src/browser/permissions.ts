/**
 * Host permission, one origin at a time, from the manifest's `optional_host_permissions`.
 * Patterns leave out the port: Firefox rejects match patterns with one
 * (https://bugzil.la/1362809), and in Chrome a pattern without a port covers every port.
 */
import { browser } from './extension';

/** `https://webhook.site` → `https://webhook.site/*`; `http://127.0.0.1:8080` → `http://127.0.0.1/*`. */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

const ORIGIN_WIDE = /^(https?:\/\/[^/]+)\/\*$/;

/**
 * False where the permissions API is missing: Firefox gives DevTools panels no `permissions`, so
 * a panel has to send the user to the popup to grant access.
 */
export function canRequestPermissions(): boolean {
  return typeof browser.permissions?.request === 'function';
}

/** Whether the origin may be read. False where it cannot be known (see canRequestPermissions). */
export async function hasOrigin(origin: string): Promise<boolean> {
  if (!canRequestPermissions()) return false;
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Shows the browser's prompt for this one origin. Call it straight from the click handler, before
 * any await: browsers only prompt during the user's gesture and an await in between ends it.
 * This function is not async for the same reason: the request starts as it is called.
 * Resolves false when denied, when the API is missing, or when the browser refuses the pattern.
 */
export function requestOrigin(origin: string): Promise<boolean> {
  if (!canRequestPermissions()) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Origins the user granted, e.g. `https://webhook.site`. Patterns the manifest grants at install
 * (the e2e build's loopback) are left out: they cannot be revoked.
 */
export async function grantedOrigins(): Promise<string[]> {
  if (!canRequestPermissions()) return [];
  const { origins = [] } = await browser.permissions.getAll();
  const installed = new Set(browser.runtime.getManifest().host_permissions ?? []);
  return origins.flatMap((pattern) => {
    const origin = installed.has(pattern) ? undefined : ORIGIN_WIDE.exec(pattern)?.[1];
    return origin === undefined ? [] : [origin];
  });
}

/** Gives up access to an origin listed by grantedOrigins; resolves whether it was removed. */
export async function revokeOrigin(origin: string): Promise<boolean> {
  if (!canRequestPermissions()) return false;
  try {
    return await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Calls back whenever origins are granted or revoked (here, in another Hookline page or in the
 * browser's own settings), so a list of granted origins stays current. Returns the unsubscribe.
 */
export function watchGrantedOrigins(onChange: () => void): () => void {
  if (!canRequestPermissions()) return () => undefined;
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
