import { decode, formatDuration } from '../model';
import type { BinRequest } from './types';

/**
 * One line for a notification: "Retell call · Transfer failed · Rosalind A. · 0:33". Parts the
 * payload does not have are left out; a request that is not a call says what it is.
 */
export function callSummary(request: BinRequest): string {
  const { format, call } = decode(request.bodyText);
  if (call === undefined) return format.label;
  const seconds = call.timing.durationSeconds;
  return [
    format.label,
    call.status?.label ?? call.endReason?.label,
    call.lead.name || undefined,
    seconds === undefined ? undefined : formatDuration(seconds),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
