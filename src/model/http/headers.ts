/** Request headers as bins and HAR entries give them: a name to one value or several. */
export type HeaderMap = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The first value of a header, matched without regard to case (HTTP names are case-blind). */
export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const value = headers[key];
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined) return first;
  }
  return undefined;
}

/**
 * Header names whose values are secrets (credentials, signatures, session cookies): shown masked
 * until the user asks, and masked in a copied cURL command unless shown.
 */
const SECRET_NAME =
  /(authori[sz]ation|api[-_]?key|secret|signature|token|cookie|password|session)/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A secret's stand-in: its first characters and its length, never the rest. */
export function maskSecret(value: string): string {
  const shown = value.length > 12 ? value.slice(0, 4) : '';
  return `${shown}${'•'.repeat(8)} (${value.length} characters)`;
}
