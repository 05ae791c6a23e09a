/**
 * User-visible text: glossary. The formats, wrappers and the old card's Synthflow words; the
 * Synthflow words themselves live in glossary/synthflow.ts, each platform's in its own file there.
 */

import {
  synthflowEndReasons,
  synthflowFacts,
  synthflowFormats,
  synthflowGlossary,
  synthflowStatuses,
} from './glossary/synthflow';

/** Code text to label only, for the old card's action types and analysis keys. */
function labels(table: Record<string, { label: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, text] of Object.entries(table ?? {})) out[code] = text.label;
  return out;
}

/**
 * The old card's Synthflow words, read from src/strings/glossary/synthflow.ts (the one place
 * they live). The old card only knows the documented end reasons.
 */
const statuses = synthflowStatuses;
const endReasons = synthflowEndReasons;
const actionTypes = labels(synthflowGlossary.codes.toolKind);
const analysisKeys = labels(synthflowGlossary.codes.judgement);

export const glossary = {
  statuses,
  endReasons,
  actionTypes,
  analysisKeys,
  analysisValues: {
    true: 'Yes',
    false: 'No',
    partial: 'Partly',
    not_applicable: 'Not applicable',
  },
  unknownStatus: (raw: string) =>
    `"${raw}" is not in Synthflow's list of call statuses, so its meaning is unknown.`,
  unknownEndReason: (raw: string) =>
    `"${raw}" is not in Synthflow's list of end-call reasons, so its meaning is unknown.`,
  /** Says why the end reason was read from error_message (the seed example does this). */
  endReasonFromErrorMessage: (replacedRaw: string | undefined) =>
    replacedRaw === undefined
      ? 'Read from error_message, because call.end_call_reason is missing.'
      : `Read from error_message, because call.end_call_reason says "${replacedRaw}", which is not an end-call reason.`,
  formats: {
    synthflowPostCall: synthflowFormats['post-call'],
    synthflowInbound: synthflowFormats.inbound,
    notACall: {
      label: 'Not a call payload',
      description: (shape: string) =>
        `This is ${shape}, not a call payload Hookline knows how to read.`,
    },
    ambiguous: {
      label: 'Platform unclear',
      description: 'More than one platform sends payloads shaped like this one.',
    },
    invalid: {
      label: 'Not readable',
      description: 'The input could not be read as JSON.',
    },
  },
  inboundFacts: synthflowFacts,
  /** Names the wrapper a payload was found in, for a note above the card. */
  wrappers: {
    webhookSiteRecord: (method: string | undefined, createdAt: string | undefined) => {
      const details = [method, createdAt === undefined ? undefined : `received ${createdAt} UTC`]
        .filter((part) => part !== undefined)
        .join(', ');
      return details === ''
        ? 'a webhook.site request record'
        : `a webhook.site request record (${details})`;
    },
  },
} as const;
