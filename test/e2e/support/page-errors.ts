/** The errors a user would never see but that mean a page is broken: thrown errors, console
 * errors and CSP violations (e.g. zod's JIT if jitless were ever lost). */
export type PageErrors = string[];

export interface ErrorCollector {
  errors: PageErrors;
  onPageError(error: unknown): void;
  onConsole(message: { type(): string; text(): string }): void;
}

/** Listeners to attach to a page (playwright and puppeteer pages take the same shapes). */
export function collectErrors(): ErrorCollector {
  const errors: PageErrors = [];
  return {
    errors,
    onPageError: (error) =>
      errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`),
    onConsole: (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    },
  };
}

/** Runs in the page before its scripts, so CSP violations reach the console as errors too. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
}

/**
 * Firefox over WebDriver BiDi reports neither console messages nor preload scripts for
 * moz-extension:// pages, so there we arm traps inside the page once it has loaded and read them
 * back. Errors during the first render still fail the tests: the page then never becomes ready.
 */
export function armErrorTraps(): void {
  const w = window as unknown as { __hooklineErrors?: string[] };
  if (w.__hooklineErrors) return;
  const errors: string[] = [];
  w.__hooklineErrors = errors;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
  window.addEventListener('error', (e) => errors.push(`pageerror: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) =>
    errors.push(`pageerror: unhandled rejection ${String(e.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (e) =>
    errors.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
}

export function readErrorTraps(): string[] {
  return (window as unknown as { __hooklineErrors?: string[] }).__hooklineErrors ?? [];
}
