/**
 * What vendor codes mean, per platform, looked up at render time: records hold raw codes only.
 * One line per platform below; its words live in its own file beside this one.
 */
import type { Tone, VendorId } from '../../model/record';
import { blandGlossary } from './bland';
import { elevenlabsGlossary } from './elevenlabs';
import { retellGlossary } from './retell';
import type { CodeText, VendorGlossary } from './types';
import { vapiGlossary } from './vapi';

export type { CodeText, VendorGlossary } from './types';

const glossaries: Partial<Record<VendorId, VendorGlossary>> = {
  retell: retellGlossary,
  vapi: vapiGlossary,
  bland: blandGlossary,
  elevenlabs: elevenlabsGlossary,
};

export interface Explained extends CodeText {
  raw: string;
  /** The code is in the vendor's table. */
  known: boolean;
  /** For codes explained by a family prefix (`pipeline-error-`): that prefix. */
  family?: string;
}

export function vendorGlossary(vendor: VendorId): VendorGlossary | undefined {
  return glossaries[vendor];
}

export function vendorName(vendor: VendorId): string {
  return glossaries[vendor]?.name ?? vendor;
}

/** The label and sentence for an event name; unknown events are shown raw. */
export function eventText(
  vendor: VendorId,
  raw: string | undefined,
): { label: string; description?: string } | undefined {
  if (raw === undefined) return undefined;
  const events = glossaries[vendor]?.events;
  const entry = events !== undefined && Object.hasOwn(events, raw) ? events[raw] : undefined;
  return entry ?? { label: raw };
}

const UNKNOWN_TONE: Tone = 'neutral';

/**
 * A raw code of one kind (`status`, `endReason`…) explained in the vendor's words. Matching
 * ignores case and surrounding spaces; own keys only, so `constructor` is simply unknown. A code
 * outside the table is explained by its family when one matches, else said to be unlisted.
 */
export function explainCode(vendor: VendorId, kind: string, raw: string): Explained {
  const glossary = glossaries[vendor];
  const code = raw.trim().toLowerCase();
  const table = glossary?.codes[kind];
  const entry = table !== undefined && Object.hasOwn(table, code) ? table[code] : undefined;
  if (entry !== undefined) return { raw, known: true, ...entry };
  const family = glossary?.families?.[kind]
    ?.filter((f) => code.startsWith(f.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (family !== undefined) {
    const { prefix, ...text } = family;
    return { raw, known: false, family: prefix, ...text, label: raw };
  }
  return {
    raw,
    known: false,
    label: raw,
    explanation: unlisted(glossary?.name ?? vendor, raw),
    tone: UNKNOWN_TONE,
  };
}

function unlisted(name: string, raw: string): string {
  return `"${raw}" is not in ${name}'s documented list, so its meaning is unknown.`;
}

/** The sentence for a decoder note, or undefined when the vendor has no words for it. */
export function noteText(
  vendor: VendorId,
  kind: string,
  values: Record<string, string> = {},
): string | undefined {
  const notes = glossaries[vendor]?.notes;
  const word = notes !== undefined && Object.hasOwn(notes, kind) ? notes[kind] : undefined;
  return word?.(values);
}
