/** Bytes of a file that were not UTF-8 and became U+FFFD in its text. */
export interface InvalidUtf8 {
  /** How many bytes were replaced (a broken sequence of several bytes becomes one U+FFFD). */
  bytes: number;
  /** Offset of the first of them from the start of the file, counting from 0. */
  firstOffset: number;
}

export interface FileText {
  text: string;
  invalid?: InvalidUtf8;
}

/**
 * A file's text as UTF-8, saying when some bytes were not UTF-8: File.text() replaces them with
 * U+FFFD without a word, and the payload then differs from what was sent (issue 13 §4). Read once;
 * only a file that fails the strict decode is decoded again, leniently, and its bytes counted.
 */
export async function readTextFile(file: Blob): Promise<FileText> {
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()));
}

export function decodeUtf8(bytes: Uint8Array): FileText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), invalid: countInvalid(bytes) };
  }
}

/**
 * Counts bytes the way the Encoding Standard's UTF-8 decoder replaces them
 * (https://encoding.spec.whatwg.org/#utf-8-decoder): a lead byte and the continuation bytes that
 * fit it are one error when the sequence breaks off; the byte that broke it is read afresh.
 */
function countInvalid(bytes: Uint8Array): InvalidUtf8 {
  let count = 0;
  let firstOffset = -1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const sequence = sequenceAfter(lead);
    let read = 1;
    if (sequence !== undefined) {
      let { lower, upper } = sequence;
      while (read <= sequence.follow && i + read < bytes.length) {
        const next = bytes[i + read] as number;
        if (next < lower || next > upper) break;
        lower = 0x80;
        upper = 0xbf;
        read += 1;
      }
      if (read > sequence.follow) {
        i += read;
        continue;
      }
    }
    if (firstOffset < 0) firstOffset = i;
    count += read;
    i += read;
  }
  return { bytes: count, firstOffset };
}

/**
 * How many continuation bytes a lead byte takes, and the range the first of them must be in
 * (the rest are 0x80–0xBF); undefined for a byte that cannot start a sequence.
 */
function sequenceAfter(lead: number): { follow: number; lower: number; upper: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { follow: 1, lower: 0x80, upper: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) {
    return { follow: 2, lower: lead === 0xe0 ? 0xa0 : 0x80, upper: lead === 0xed ? 0x9f : 0xbf };
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    return { follow: 3, lower: lead === 0xf0 ? 0x90 : 0x80, upper: lead === 0xf4 ? 0x8f : 0xbf };
  }
  return undefined;
}
