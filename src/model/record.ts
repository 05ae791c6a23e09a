/**
 * The vendor-neutral call model (v2). Every platform's decoder maps into a CallRecord; every view
 * renders one. Plain data only (no classes, no functions) so records can be stored, posted
 * between pages and compared in golden files.
 *
 * No English inside: codes stay raw, as sent, each with the JSON path it was read from. Labels
 * and explanations come from the vendor glossaries under src/strings/glossary/ at render time, so
 * a stored record never goes stale when wording changes.
 */

/** The platforms Hookline reads. Adding one: its folder under vendors/, a registry line, a glossary. */
export type VendorId = 'synthflow' | 'vapi' | 'retell' | 'bland' | 'elevenlabs';

/** How a badge should read at a glance. Never the only signal: labels always carry the meaning. */
export type Tone = 'success' | 'warning' | 'danger' | 'progress' | 'neutral';

/** A raw value as sent, and where it was read from (`message.endedReason`, `call.status`). */
export interface Code {
  raw: string;
  path: string;
}

/**
 * The vendor-neutral outcome, so lists, filters and colours work across platforms. Each
 * decoder maps its own status and end reason onto one of these; the raw codes stay beside it.
 */
export type OutcomeCategory =
  | 'completed'
  | 'caller-ended'
  | 'agent-ended'
  | 'transferred'
  | 'voicemail'
  | 'no-answer'
  | 'busy'
  | 'not-connected'
  | 'error'
  | 'in-progress'
  | 'unknown';

/**
 * Something that went wrong on the call, for the header's one line and every list row.
 * `kind` is vendor-neutral; `code` is the raw value that says so (e.g. `transfer-failed-timeout`),
 * `subject` what it concerns (a tool's name), `path` where it was read.
 */
export interface Failure {
  kind: 'transfer-failed' | 'tool-failed' | 'call-error' | 'not-connected';
  code?: string;
  subject?: string;
  path: string;
}

/**
 * Decoder remarks the card shows near what they concern, worded in src/strings at render time.
 * `kind` is a stable id (e.g. `synthflow.reason-from-error-message`,
 * `bland.transfer-not-merged`); `values` fill its sentence.
 */
export interface Note {
  kind: string;
  path?: string;
  values?: Record<string, string>;
}

export interface Outcome {
  category: OutcomeCategory;
  /** The platform's call status, as sent. */
  status?: Code;
  /** The platform's end (or disconnection, termination, failure) reason, as sent. */
  endReason?: Code;
  /** Who ended the call, when the platform says so. */
  endedBy?: 'agent' | 'caller' | 'system';
  /**
   * Other codes that shape the outcome, keyed by a vendor-defined kind the glossary knows
   * (`answeredBy`, `disposition`, `errorMessage`, `sipCode`, `customReason`…).
   */
  details: Array<{ kind: string } & Code>;
  failures: Failure[];
}

export interface Event {
  /** The event as sent (`end-of-call-report`, `call_analyzed`); the Synthflow webhook has none. */
  raw?: string;
  path?: string;
  /** The event's own time (epoch ms), when the payload says. */
  atMs?: number;
}

export interface Party {
  name?: string;
  /** A phone number, SIP URI or trunk label, as sent (Retell's `from_number` can be a label). */
  number?: string;
  path?: string;
}

export type Direction = 'inbound' | 'outbound' | 'web';

/** A point in time: epoch ms, with the value it came from and its JSON path. */
export interface Moment {
  ms: number;
  raw: string | number;
  path: string;
  /** For ISO text with an offset: minutes east of UTC, to show the call's own local time. */
  offsetMinutes?: number;
}

export interface Duration {
  seconds: number;
  raw: string | number;
  path: string;
  /** The unit the field was sent in: Retell ms, Synthflow s, Bland minutes. */
  unit: 'ms' | 's' | 'min';
}

export interface Timing {
  start?: Moment;
  end?: Moment;
  duration?: Duration;
  /** IANA zone the call ran in, when sent; kept even when invalid (timezoneValid says so). */
  timezone?: string;
  timezoneValid: boolean;
}

export type Role = 'agent' | 'caller' | 'tool' | 'system' | 'transfer-target' | 'event' | 'unknown';

export interface Turn {
  role: Role;
  /** The speaker label or entry kind as written (`bot`, `User`, `tool_calls`, `node_transition`). */
  label: string;
  text: string;
  /** Seconds from the call's start, when the platform gives it. */
  offsetSeconds?: number;
  /** For tool turns: the index into CallRecord.toolCalls of the call that ran here. */
  toolCall?: number;
}

export interface Transcript {
  /** missing: no transcript field; empty: present but blank; present: has turns. */
  state: 'missing' | 'empty' | 'present';
  /** Where the turns came from (`artifact.messages`, `call.transcript`). */
  path?: string;
  turns: Turn[];
}

/**
 * A value that vendors send either as an object or as a JSON string holding one.
 * object: a plain object (parsed from a string when fromString); list: an array;
 * text: anything else, shown as raw text; none: null/absent/"".
 */
export type Structured =
  | { kind: 'object'; value: Record<string, unknown>; fromString: boolean }
  | { kind: 'list'; value: unknown[]; fromString: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

export interface ToolCall {
  /** The platform's id for this call (`call_…`, `tool_call_1db704`), or the key it was sent under. */
  id?: string;
  name: string;
  /** The kind as sent (Synthflow `action_type`, ElevenLabs `type`), looked up in the glossary. */
  kind?: string;
  /** What the agent (LLM) passed. */
  arguments: Structured;
  /** Configuration fixed in the agent, when the platform sends it (Synthflow hard-coded params). */
  config?: Structured;
  result: Structured;
  status: 'succeeded' | 'failed' | 'unknown';
  /** The raw status or error that decided `status` (`transfer-failed-timeout`, an error text). */
  statusCode?: string;
  error?: string;
  /** Seconds from the call's start, or epoch ms, when sent. */
  offsetSeconds?: number;
  atMs?: number;
  /** Index of the transcript turn it ran at, when placed in the transcript. */
  turn?: number;
  /** Where it was read from (`executed_actions["extract_info_1"]`, `artifact.messages[4]`). */
  path: string;
  /** Other labelled facts as raw key/values (`identifier`, `description`, `condition`, `examples`). */
  details: Array<{ key: string; value: unknown }>;
}

export interface Cost {
  amount: number;
  unit: 'usd' | 'cents' | 'credits';
  path: string;
  /** Parts of the cost as sent (`stt`, `llm`, `elevenlabs_tts`…), each in `unit`. */
  breakdown: Array<{ item: string; amount: number }>;
}

/** A judgement the platform's analysis made, kept as sent and read as a verdict. */
export type Verdict = 'true' | 'false' | 'partial' | 'unknown' | 'not_applicable' | 'other';

export interface Judgement {
  key: string;
  verdict: Verdict;
  raw: unknown;
  /** Why (Synthflow `<key>_feedback`, ElevenLabs rationale). */
  rationale?: string;
  path: string;
}

export interface Analysis {
  summary?: { text: string; path: string };
  success?: Judgement;
  sentiment?: Code;
  /** Per-question judgements (Synthflow's LLM judge, ElevenLabs evaluation criteria). */
  judgements: Judgement[];
  /** Extracted data (Vapi structuredData, Retell custom data, ElevenLabs data collection). */
  data: Array<{ key: string; value: unknown; rationale?: string; path: string }>;
}

/** An analysis with nothing in it yet, for a decoder to fill (or a call that sent none). */
export function emptyAnalysis(): Analysis {
  return { judgements: [], data: [] };
}

export interface VariableGroup {
  /** Which kind of variables, for the heading (`collected`, `prompt`, `dynamic`, `metadata`…). */
  kind: string;
  path: string;
  /** null when the payload sent null for the group. */
  entries: Array<{ name: string; value: unknown; collected?: boolean }> | null;
}

export interface Recording {
  /** `mono`, `stereo`, `multi-channel`, `scrubbed`, `customer`, `assistant`, `log`, `pcap`… */
  kind: string;
  url: string;
  /** An http(s) URL without credentials: may be linked and played. Otherwise text only. */
  safe: boolean;
  path: string;
}

/** Audio sent inside the payload (ElevenLabs `post_call_audio`): the UI reads it by path. */
export interface InlineAudio {
  path: string;
  mime: string;
  /** Decoded size in bytes, estimated from the base64 length. */
  bytes: number;
}

export interface CallId {
  /** `call`, `agent`, `assistant`, `org`, `phone-number`, `telephony`, `conversation`, `model`… */
  kind: string;
  value: string;
  path: string;
}

export interface CallRecord {
  vendor: VendorId;
  event: Event;
  /** The platform's call id: events and retried deliveries of one call share it. */
  callKey?: string;
  outcome: Outcome;
  customer: Party;
  agent: Party;
  transferTarget?: Party;
  direction?: Direction;
  timing: Timing;
  transcript: Transcript;
  toolCalls: ToolCall[];
  costs: Cost[];
  analysis: Analysis;
  variables: VariableGroup[];
  recordings: Recording[];
  audio?: InlineAudio;
  ids: CallId[];
  notes: Note[];
  /** Every field the decoder did not place, by JSON path, as sent: nothing is hidden. */
  otherFields: Array<{ path: string; value: unknown }>;
}
