import type { EndReason } from '../call-record';
import { endReasonInfo, isKnownEndReason } from '../codes';

/**
 * The end-call reason, with Synthflow's own quirk: its documented example sends
 * `end_call_reason: "completed"` (not a reason) and the real reason in top-level `error_message`.
 * So when end_call_reason is missing or not a known reason and error_message holds a known one,
 * that is used, and the record says where it came from. Otherwise the raw reason is kept.
 */
export function resolveEndReason(
  endCallReason: string | undefined,
  errorMessage: string | undefined,
  customText: string | undefined,
): EndReason | undefined {
  const withText = customText === undefined ? {} : { customText };
  const reasonKnown = endCallReason !== undefined && isKnownEndReason(endCallReason);
  if (!reasonKnown && errorMessage !== undefined && isKnownEndReason(errorMessage)) {
    return {
      ...endReasonInfo(errorMessage),
      source: 'error_message',
      ...(endCallReason === undefined ? {} : { replacedRaw: endCallReason }),
      ...withText,
    };
  }
  if (endCallReason === undefined) return undefined;
  return { ...endReasonInfo(endCallReason), source: 'call.end_call_reason', ...withText };
}
