/**
 * The vendor-neutral call model. Every view renders a CallRecord; every payload format is a
 * decoder that maps into it (see decode.ts / detect.ts). Plain data only: no classes, no
 * functions, so records can be stored, posted between pages and compared in tests.
 */

/** How a badge should read at a glance. Never the only signal: labels always carry the meaning. */
import type { VendorId } from './record';

export type Tone = 'success' | 'warning' | 'danger' | 'progress' | 'neutral';

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

export interface DecodeResult {
  format: FormatInfo;
  call?: CallRecord;
  problems: Problem[];
  /** The parsed JSON value when the text was JSON (for the raw view), else undefined. */
  json?: unknown;
  /**
   * Set when the payload was found inside a wrapper, e.g. a webhook.site request record whose
   * `content` string holds the body: says what was unwrapped, for a note above the card.
   */
  unwrappedFrom?: string;
  /** For recognised non-call payloads (e.g. Synthflow inbound): labelled facts to show. */
  facts?: Array<{ label: string; value: string }>;
}

/** A raw vendor code with its meaning from the glossary. Unknown codes keep their raw value. */
export interface Glossed {
  raw: string;
  known: boolean;
  /** Human label, e.g. "No answer"; for unknown codes, the raw value. */
  label: string;
  /** The vendor's own meaning; for unknown codes a sentence saying it is not in the vendor's list. */
  explanation: string;
  tone: Tone;
}

export interface EndReason extends Glossed {
  /** Which field the reason was read from: `call.end_call_reason`, or `error_message` as fallback. */
  source: 'call.end_call_reason' | 'error_message';
  /** For custom_end_call: the free text of `call.custom_end_call_reason`. */
  customText?: string;
  /** When the reason came from error_message: what end_call_reason said instead (e.g. "completed"). */
  replacedRaw?: string;
}

export type Speaker = 'agent' | 'caller' | 'unknown';

export interface Turn {
  speaker: Speaker;
  /** The prefix as written in the transcript ("bot", "human", "AI"…); "" for text before any prefix. */
  label: string;
  text: string;
}

export interface Transcript {
  /** missing: no transcript field; empty: field present but blank; present: has text. */
  state: 'missing' | 'empty' | 'present';
  raw: string;
  turns: Turn[];
}

/**
 * A value that vendors send either as an object or as a JSON string holding one (payload quirk 1).
 * object: a plain object (parsed from a string when fromString); list: an array;
 * text: anything else, shown as raw text (a number, a non-JSON string…); none: null/absent/"".
 */
export type Structured =
  | { kind: 'object'; value: Record<string, unknown>; fromString: boolean }
  | { kind: 'list'; value: unknown[]; fromString: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

export interface CallAction {
  /** The key in executed_actions, as sent. */
  key: string;
  /** The action's `name` field (falls back to the key). */
  name: string;
  type: { raw: string; label: string; known: boolean };
  /** Read from inside parameters_hard_coded / return_value, not from the key (quirk 4). */
  identifier?: string;
  description?: string;
  condition?: string;
  choices?: unknown[];
  examples?: unknown[];
  parametersHardCoded: Structured;
  parametersFromLlm: Structured;
  returnValue: Structured;
  /** The raw `return_value_status`, or `return_value.status` (e.g. "transfer-failed-timeout"). */
  returnStatus?: string;
  /** error_message when non-empty. */
  error?: string;
  /** True when error is set, or the return status says it failed (quirk 7). */
  failed: boolean;
  relevant?: boolean;
  /** epoch ms from `timestamp`, or parsed `timestamp_datetime`. */
  timestampMs?: number;
  /** Fields of the action the model did not place, kept as sent. */
  extra: Record<string, unknown>;
}

export type AnalysisValue = 'true' | 'false' | 'partial' | 'not_applicable' | 'other';

export interface AnalysisItem {
  key: string;
  /** "call_completion" -> "Call completion". */
  label: string;
  value: AnalysisValue;
  /** The value as sent (for 'other', shown as is). */
  raw: unknown;
  /** Text of the `<key>_feedback` sibling, if any. */
  feedback?: string;
}

export interface CollectedVariable {
  name: string;
  value: unknown;
  collected?: boolean;
}

export interface Timing {
  /** Start as epoch ms, with the text it came from. */
  startMs?: number;
  startRaw?: string | number;
  /** Offset written in an ISO start_time, in minutes east of UTC (e.g. +60). */
  startOffsetMinutes?: number;
  durationSeconds?: number;
  /** startMs + duration, when both are known. */
  endMs?: number;
  /** IANA zone from call.timezone, kept even when invalid (timezoneValid says so). */
  timezone?: string;
  timezoneValid: boolean;
}

export interface CallRecord {
  vendor: 'synthflow';
  /** call.status (or top-level status when call.status is missing). */
  status?: Glossed;
  endReason?: EndReason;
  lead: {
    name?: string;
    phone?: string;
    promptVariables: Record<string, unknown>;
  };
  timing: Timing;
  ids: { callId?: string; modelId?: string; externalId?: string };
  /** safe: an http(s) URL that may be linked and played; otherwise shown as text only. */
  recording?: { url: string; safe: boolean };
  transcript: Transcript;
  actions: CallAction[];
  analysis: AnalysisItem[];
  /** null when the payload sent null; [] when absent. */
  collectedVariables: CollectedVariable[] | null;
  metadata?: Record<string, unknown>;
  /** Every field the model did not place, by JSON path, as sent: nothing is hidden. */
  otherFields: Array<{ path: string; value: unknown }>;
}
