import { existsSync } from 'node:fs';

/** Debian's packages; the README's one-line install brings both. */
const INSTALL_HINT = 'sudo apt-get install -y chromium firefox-esr';

const CANDIDATES = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
} as const;

/**
 * The browser's executable, or undefined with a line saying how to install it. On CI a missing
 * browser is an error, never a quiet skip.
 */
export function findBrowser(name: keyof typeof CANDIDATES): string | undefined {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  const found = [fromEnv, ...paths].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  const line = `${name} not found (set ${env} or run: ${INSTALL_HINT})`;
  if (process.env.CI === 'true') throw new Error(line);
  console.warn(`\n  ⚠ skipping the ${name} end-to-end tests: ${line}\n`);
  return undefined;
}
