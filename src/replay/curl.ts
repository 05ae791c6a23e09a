import { isSecretHeader, maskSecret } from '../model/http/headers';
import type { ReplayRequest } from './replay-request';

/** Wraps text for a POSIX shell: single quotes, with each ' written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * The request as a cURL command a developer can paste into a terminal. `--data-binary` keeps
 * the body byte for byte (plain `-d` strips newlines). Secret headers are masked unless
 * `showSecrets`, so a command copied into a ticket does not leak them.
 */
export function curlCommand(
  request: Omit<ReplayRequest, 'method'> & { method: string },
  showSecrets = false,
): string {
  const lines = [`curl -X ${shellQuote(request.method)} ${shellQuote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    const shown = !showSecrets && isSecretHeader(name) ? maskSecret(value) : value;
    lines.push(`  -H ${shellQuote(`${name}: ${shown}`)}`);
  }
  // A request without a body (a GET ping) is rebuilt without one.
  if (request.body !== '') lines.push(`  --data-binary ${shellQuote(request.body)}`);
  return lines.join(' \\\n');
}
