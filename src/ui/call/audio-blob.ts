/** A `data:audio/mpeg;base64,` prefix some senders put before the base64. */
const DATA_PREFIX = /^data:[^,]{0,100};base64,/i;

/**
 * Base64 audio from inside a payload as a Blob, decoded in this page: nothing is fetched, and the
 * megabytes of text never reach the DOM. Undefined when the text is not valid base64.
 */
export function base64AudioBlob(text: string, mime: string): Blob | undefined {
  let binary: string;
  try {
    binary = atob(text.replace(DATA_PREFIX, '').replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mime });
}
