import { glossary } from '../strings';
import type { CallAction, Glossed } from './call-record';

/**
 * Vendor codes to their meaning. Matching ignores case and surrounding spaces; the raw value is
 * always kept. Own-key lookups only, so a code like "constructor" is simply unknown.
 */

function normalise(raw: string): string {
  return raw.trim().toLowerCase();
}

function gloss(
  raw: string,
  table: Record<string, { label: string; explanation: string; tone: Glossed['tone'] }>,
  unknown: (raw: string) => string,
): Glossed {
  const code = normalise(raw);
  const entry = Object.hasOwn(table, code) ? table[code] : undefined;
  if (entry === undefined) {
    return { raw, known: false, label: raw, explanation: unknown(raw), tone: 'neutral' };
  }
  return { raw, known: true, ...entry };
}

/** A call status (`completed`, `no-answer`…) with its label, the vendor's meaning and a tone. */
export function statusInfo(raw: string): Glossed {
  return gloss(raw, glossary.statuses, glossary.unknownStatus);
}

/** An end-call reason (`agent_goodbye`, `voicemail`…) with its label, meaning and tone. */
export function endReasonInfo(raw: string): Glossed {
  return gloss(raw, glossary.endReasons, glossary.unknownEndReason);
}

/** An action type (`transfer_call_action_type`…) with its label. */
export function actionTypeInfo(raw: string): CallAction['type'] {
  const code = normalise(raw);
  const label = Object.hasOwn(glossary.actionTypes, code) ? glossary.actionTypes[code] : undefined;
  return label === undefined ? { raw, label: raw, known: false } : { raw, label, known: true };
}
