/** The errors a user would never see but that mean a page is broken: thrown errors, console
 * errors and CSP violations (e.g. zod's JIT if jitless were ever lost). */
export type PageErrors = string[];

interface ErrorSource {
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
}

export function watchPage(page: ErrorSource): PageErrors {
  const errors: PageErrors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/** Runs in the page before its scripts, so CSP violations reach the console as errors too. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
}
