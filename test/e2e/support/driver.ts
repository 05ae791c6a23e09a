/**
 * One vocabulary for the end-to-end scenarios, over playwright (Chromium) and puppeteer
 * (Firefox over WebDriver BiDi), so each scenario is written once and runs in both browsers.
 * Selectors are CSS; `tid('x')` is `[data-testid="x"]`.
 */
export interface Driver {
  /** Replaces the text of a textarea/input the way typing would (input events fire). */
  fill(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses a key (e.g. 'Enter', 'Control+Enter') in the focused element. */
  press(key: string): Promise<void>;
  /** Visible text of the first match ('' when none). */
  text(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
  /** Waits until the selector matches, or fails after `timeoutMs`. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until the first match's visible text contains `text` (a string or a pattern). */
  waitForText(selector: string, text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Runs `fn` in the page with `arg` (which must be JSON-serialisable). */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  /** Errors the page reported since it opened (thrown, console.error, CSP violations). */
  errors(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export type PageName = 'popup' | 'viewer' | 'panel';

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Opens an extension page in a new tab; `hash` is appended as `#hash`. */
  open(page: PageName, hash?: string): Promise<Driver>;
  /** Runs `action` and returns the `page` tab it made the extension open (e.g. "Open in tab"). */
  tabOpenedBy(action: () => Promise<void>, page: PageName): Promise<Driver>;
  close(): Promise<void>;
}

/** How to start a browser for a scenario that needs more than the extension. */
export interface LaunchOptions {
  /** The fake server's smee.io proxy (FakeBinServer.smeeIo): https://smee.io reaches it. */
  smeeIoProxy?: string;
}

export const tid = (id: string) => `[data-testid="${id}"]`;

/** waitForText in terms of text(); shared by both drivers. */
export function textWaiter(text: (selector: string) => Promise<string>) {
  return (selector: string, expected: string | RegExp, timeoutMs?: number) =>
    until(
      async () => {
        const actual = await text(selector);
        return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
      },
      `${selector} to show ${expected}`,
      timeoutMs,
    );
}

/** Polls `probe` until it returns true; shared by both drivers' waitFor. */
export async function until(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
