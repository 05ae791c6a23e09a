import type { FormatInfo, Problem } from '../call-record';
import type { CallRecord, VendorId } from '../record';

/**
 * One platform. Its folder (vendors/<id>/) holds the recogniser, the decoder, its raw code
 * tables (code → outcome category; no English) and nothing else; its fixtures and golden files
 * live under test/model/vendors/<id>/. Adding a platform: that folder, one line in
 * vendors/index.ts, and its glossary under src/strings/glossary/.
 */
export interface VendorDecoder {
  vendor: VendorId;
  /**
   * A cheap, shallow look at the top-level shape. 0: not this platform's. Otherwise a score
   * for how specific the evidence is (see SCORE); detection takes the single best, and a tie
   * between two platforms is reported, never guessed.
   */
  recognise(value: unknown): number;
  /** Only called when recognise said > 0. Never throws: problems carry what is off. */
  decode(value: unknown): VendorDecodeResult;
  /**
   * For a platform's own list documents (Synthflow's calls API `{response: {calls: […]}}`): the
   * items inside, each with its JSON path, so extraction turns one document into one payload per
   * call. Undefined when the value is not such a list.
   */
  listItems?(value: unknown): Array<{ path: string; value: unknown }> | undefined;
}

export interface VendorDecodeResult {
  /** The payload's format, with `vendor` and `event` set. */
  format: FormatInfo;
  /** Set for call events (end-of-call reports, status updates that carry an outcome…). */
  call?: CallRecord;
  problems: Problem[];
  /** For recognised events that are not a finished call: labelled facts to show. */
  facts?: Array<{ label: string; value: string }>;
}

/** Shared scale for recognise(): stronger, rarer evidence scores higher. */
export const SCORE = {
  /** A loose shape match (a couple of typical keys). */
  weak: 10,
  /** The platform's envelope with a known event or marker keys. */
  strong: 50,
  /** The envelope, a known event name and the platform's id format all agree. */
  certain: 90,
} as const;
