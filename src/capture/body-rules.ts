/** Which bodies are worth reading and parsing: the panel must cost the inspected page nothing. */

/** Bodies over this many characters are skipped and counted, never parsed. */
export const MAX_BODY_CHARS = 5 * 1024 * 1024;

/**
 * Whether a response of this type may hold JSON, so its body is worth fetching from DevTools.
 * Beyond JSON types, plain text and an unknown type are read too: some servers send JSON with
 * the wrong type. Images, scripts, styles, fonts and media are never read.
 */
export function mayHoldJson(mimeType: string | undefined): boolean {
  const type = (mimeType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === '' || type.includes('json') || type === 'text/plain';
}

/** Whether the first non-blank character opens an object or an array (\s covers a BOM too). */
export function startsLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}
