import type { Tone } from '../../model/record';

/** What a raw code means: a short label, the vendor's own meaning, and a tone for its badge. */
export interface CodeText {
  label: string;
  explanation: string;
  tone: Tone;
}

/**
 * One platform's words. Code tables are keyed by kind (`status`, `endReason`, `answeredBy`,
 * `toolKind`, `sentiment`…) and then by the raw code in lower case. Families explain codes that
 * are not in a table by their prefix (Vapi's `pipeline-error-*`): longest prefix wins.
 */
export interface VendorGlossary {
  /** The platform's name as users know it: "Vapi", "Retell AI". */
  name: string;
  /** Event names (raw) to a short label and one sentence saying what the event is. */
  events: Record<string, { label: string; description: string }>;
  codes: Record<string, Record<string, CodeText>>;
  families?: Record<string, Array<{ prefix: string } & CodeText>>;
  /** Headings for outcome detail kinds (`answeredBy` → "Answered by"). */
  detailKinds?: Record<string, string>;
  /** Sentences for the decoder's notes, by note kind. */
  notes?: Record<string, (values: Record<string, string>) => string>;
}
