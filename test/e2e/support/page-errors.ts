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
