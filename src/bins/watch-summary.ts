import { decodeCallText } from '../model/decode-call';
import { formatDuration } from '../model/time';
import { bins, outcome } from '../strings';
import { vendorName } from '../strings/glossary/index';
import type { BinRequest } from './types';

/**
 * One line for a notification: "Retell AI · Transfer failed · Rosalind A. · 0:33". Parts the
 * payload does not have are left out; a request that is not a call says what it is.
 */
export function callSummary(request: BinRequest): string {
  const { tooLarge } = request;
  if (tooLarge) return bins.view.tooLarge.row(tooLarge.bytes, tooLarge.maxBytes);
  const { format, call } = decodeCallText(request.bodyText);
  if (call === undefined) return format.label;
  const seconds = call.timing.duration?.seconds;
  return [
    vendorName(call.vendor),
    outcome[call.outcome.category].label,
    call.customer.name || undefined,
    seconds === undefined ? undefined : formatDuration(seconds),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
