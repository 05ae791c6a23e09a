/**
 * What every decode reports beside the call (the call model itself is record.ts): problems with
 * their JSON paths, and what the payload is (its format).
 */
import type { VendorId } from './record';

export type Severity = 'error' | 'warning';

/**
 * Something off in the input. `error`: nothing (or nothing more) could be shown from this input.
 * `warning`: shown, but something is off. `path` is a JSON path such as `call.duration` or
 * `executed_actions["info_extractor_my id"].return_value` ("" for the whole document).
 */
export interface Problem {
  severity: Severity;
  path: string;
  /** What the decoder expected, e.g. "a number of seconds". */
  expected: string;
  /** What it found, shortened for display, e.g. `the string "abc"`. */
  found: string;
  /** One sentence a person understands. */
  message: string;
  /** For JSON syntax errors: 1-based line and column, and an excerpt with a caret line under it. */
  line?: number;
  column?: number;
  excerpt?: string;
}

/**
 * `not-a-call`: valid JSON no decoder recognises; `invalid`: not JSON at all (or empty, or too
 * large); `ambiguous`: two platforms claim it equally. Vendor formats are `<vendor>-<event>`.
 */
export type FormatId = string;

export interface FormatInfo {
  id: FormatId;
  /** Short name, e.g. "Synthflow post-call webhook". */
  label: string;
  /** One sentence saying what this payload is. */
  description: string;
  /** The platform that sent it, when one was recognised. */
  vendor?: VendorId;
  /** The event as sent (`end-of-call-report`, `call_analyzed`), when the payload names one. */
  event?: string;
}
