import type { EndReason } from '../call-record';
import { endReasonInfo } from '../codes';
import { pickEndReason } from '../vendors/synthflow/end-reason';

/**
 * The end-call reason for the old card, with Synthflow's error_message fallback (the rule lives
 * in vendors/synthflow/end-reason.ts): the record says where it came from.
 */
export function resolveEndReason(
  endCallReason: string | undefined,
  errorMessage: string | undefined,
  customText: string | undefined,
): EndReason | undefined {
  const withText = customText === undefined ? {} : { customText };
  const picked = pickEndReason(endCallReason, errorMessage);
  if (picked === undefined) return undefined;
  if (picked.from === 'error_message') {
    return {
      ...endReasonInfo(picked.raw),
      source: 'error_message',
      ...(picked.replaced === undefined ? {} : { replacedRaw: picked.replaced }),
      ...withText,
    };
  }
  return { ...endReasonInfo(picked.raw), source: 'call.end_call_reason', ...withText };
}
