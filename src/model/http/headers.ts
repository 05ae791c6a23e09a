import { isPlainObject } from '../lenient';

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

/** Every header of a record, keeping only string values (one or several per name). */
export function headerMap(headers: unknown): Record<string, string | string[]> | undefined {
  if (!isPlainObject(headers)) return undefined;
  const map: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') map[name] = value;
    else if (Array.isArray(value)) {
      const strings = value.filter((item): item is string => typeof item === 'string');
      if (strings.length > 0) map[name] = strings;
    }
  }
  return map;
}

/** A HAR entry's headers (`[{name, value}]`, as DevTools gives them) as a header map. */
export function harHeaderMap(headers: unknown): Record<string, string | string[]> {
  const map: Record<string, string | string[]> = {};
  if (!Array.isArray(headers)) return map;
  for (const header of headers) {
    if (!isPlainObject(header)) continue;
    const { name, value } = header;
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    const known = map[name];
    map[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return map;
}
