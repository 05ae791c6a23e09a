import type { Code, Outcome } from '../../record';
import { reasonMeaning, STATUS_CATEGORY } from './codes';

/**
 * endedReason decides the category, by its own entry or its family; the status (only from a
 * `status-update`: the report's `call.status` is a creation-time snapshot and is not read here)
 * decides when there is no reason. Codes are matched as sent (Vapi sends lower-case kebab-case);
 * an unknown code outside every family stays raw with the category unknown.
 */
export function readOutcome(status: Code | undefined, reason: Code | undefined): Outcome {
  const meaning = reason === undefined ? undefined : reasonMeaning(reason.raw);
  const fromStatus =
    status !== undefined && Object.hasOwn(STATUS_CATEGORY, status.raw)
      ? STATUS_CATEGORY[status.raw]
      : undefined;
  const outcome: Outcome = {
    category: meaning?.category ?? (reason === undefined ? fromStatus : undefined) ?? 'unknown',
    details: [],
    failures: [],
  };
  if (status !== undefined) outcome.status = status;
  if (reason !== undefined) outcome.endReason = reason;
  if (meaning?.endedBy !== undefined) outcome.endedBy = meaning.endedBy;
  if (meaning?.failure !== undefined && reason !== undefined) {
    outcome.failures.push({ kind: meaning.failure, code: reason.raw, path: reason.path });
  }
  return outcome;
}
