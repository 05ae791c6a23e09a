import type { Code, Failure, Outcome, OutcomeCategory } from '../../record';
import { REASONS, STATUS_CATEGORY } from './codes';

const NEVER_CONNECTED: ReadonlySet<OutcomeCategory> = new Set([
  'not-connected',
  'busy',
  'no-answer',
]);

/** The call never reached anyone: Retell sends no timestamps and `duration_ms: 0` for these. */
export function neverConnected(outcome: Outcome): boolean {
  return NEVER_CONNECTED.has(outcome.category) || outcome.status?.raw === 'not_connected';
}

/**
 * disconnection_reason decides the category when Retell gives it a meaning; otherwise
 * call_status does. Codes are matched as sent (Retell sends lower-case snake_case); an unknown
 * code keeps the status's category and stays raw for the glossary to call unlisted.
 */
export function readOutcome(status: Code | undefined, reason: Code | undefined): Outcome {
  const meaning =
    reason !== undefined && Object.hasOwn(REASONS, reason.raw) ? REASONS[reason.raw] : undefined;
  const fromStatus =
    status !== undefined && Object.hasOwn(STATUS_CATEGORY, status.raw)
      ? STATUS_CATEGORY[status.raw]
      : undefined;
  const outcome: Outcome = {
    category: meaning?.category ?? fromStatus ?? 'unknown',
    details: [],
    failures: [],
  };
  if (status !== undefined) outcome.status = status;
  if (reason !== undefined) outcome.endReason = reason;
  if (meaning?.endedBy !== undefined) outcome.endedBy = meaning.endedBy;
  const failure = failureOf(meaning?.failure, status, reason);
  if (failure !== undefined) outcome.failures.push(failure);
  return outcome;
}

/** The reason's own failure; else a status that says so (`not_connected`, `error`) still fails. */
function failureOf(
  kind: Failure['kind'] | undefined,
  status: Code | undefined,
  reason: Code | undefined,
): Failure | undefined {
  const byStatus: Failure['kind'] | undefined =
    status?.raw === 'not_connected'
      ? 'not-connected'
      : status?.raw === 'error'
        ? 'call-error'
        : undefined;
  const failure = kind ?? byStatus;
  const code = reason ?? status;
  if (failure === undefined || code === undefined) return undefined;
  return { kind: failure, code: code.raw, path: code.path };
}
