import { isKnownEndReason } from './codes';

/**
 * Which field holds the end reason. Synthflow's own documented example sends
 * `end_call_reason: "completed"` (not a reason) and the real one in top-level `error_message`;
 * so when end_call_reason is missing or not a known reason and error_message is a known one,
 * error_message is the reason. Otherwise end_call_reason is kept as sent, known or not.
 */
export type ReasonSource =
  | { from: 'end_call_reason'; raw: string }
  | { from: 'error_message'; raw: string; replaced?: string };

export function pickEndReason(
  endCallReason: string | undefined,
  errorMessage: string | undefined,
): ReasonSource | undefined {
  const reasonKnown = endCallReason !== undefined && isKnownEndReason(endCallReason);
  if (!reasonKnown && errorMessage !== undefined && isKnownEndReason(errorMessage)) {
    return endCallReason === undefined
      ? { from: 'error_message', raw: errorMessage }
      : { from: 'error_message', raw: errorMessage, replaced: endCallReason };
  }
  return endCallReason === undefined ? undefined : { from: 'end_call_reason', raw: endCallReason };
}
