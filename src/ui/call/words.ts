/**
 * A call's raw codes in words, for the card: every lookup goes through the vendor's glossary,
 * so the record itself stays free of English.
 */
import type { CallRecord, Failure } from '../../model/record';
import { formatDuration } from '../../model/time';
import { card, outcome } from '../../strings';
import { eventText, explainCode, vendorName } from '../../strings/glossary/index';

/** Who was called (or called): their name, else their number, else said to be unnamed. */
export function customerName(call: CallRecord): string {
  return call.customer.name || call.customer.number || card.header.unknownCustomer;
}

/** "0:42" from a turn's offset: whole seconds elapsed, so 0.5 s still reads 0:00. */
export function formatOffset(seconds: number): string {
  return formatDuration(Math.floor(seconds));
}

/** "Retell AI · Call analyzed"; without an event, the format's own label when given. */
export function sourceLine(call: CallRecord, formatLabel?: string): string {
  const event = eventText(call.vendor, call.event.raw);
  if (event === undefined && formatLabel !== undefined) return formatLabel;
  return card.header.source(vendorName(call.vendor), event?.label);
}

/** What went wrong, one phrase per kind: tool failures counted, the others each named. */
export function failurePhrases(call: CallRecord): string[] {
  const { failures } = call.outcome;
  const phrases: string[] = [];
  const toolFailures = failures.filter((failure) => failure.kind === 'tool-failed').length;
  for (const failure of failures) {
    if (failure.kind !== 'tool-failed') phrases.push(failurePhrase(call, failure));
  }
  if (toolFailures > 0) phrases.push(card.failures.toolsFailed(toolFailures));
  return phrases;
}

function failurePhrase(call: CallRecord, failure: Failure): string {
  switch (failure.kind) {
    case 'transfer-failed':
      return card.failures.transferFailed(failure.code);
    case 'call-error':
      return card.failures.callError(failure.code);
    case 'not-connected':
      return card.failures.notConnected(
        failure.code === undefined
          ? undefined
          : explainCode(call.vendor, 'endReason', failure.code).label,
      );
    case 'tool-failed':
      return card.failures.toolsFailed(1);
  }
}

/**
 * The header's one line after the outcome badge and before what went wrong: the end reason's
 * label when it says more than the outcome, and who ended the call when the outcome does not.
 */
export function outcomePhrases(call: CallRecord): string[] {
  const { category, endReason, endedBy } = call.outcome;
  const label = outcome[category].label;
  const phrases: string[] = [];
  if (endReason !== undefined) {
    const reason = explainCode(call.vendor, 'endReason', endReason.raw).label;
    if (reason.toLowerCase() !== label.toLowerCase()) phrases.push(reason);
  }
  if (endedBy !== undefined && category !== 'caller-ended' && category !== 'agent-ended') {
    phrases.push(card.header.endedBy[endedBy]);
  }
  return phrases;
}
