import type { Code, Failure, Note, Outcome } from '../../record';
import { endReasonMeaning, statusMeaning } from './codes';
import { pickEndReason } from './end-reason';

export interface OutcomeInput {
  status?: Code;
  endCallReason?: Code;
  errorMessage?: Code;
  customReason?: Code;
  /** Further raw codes that shape the outcome (calls API `telephony_hangup`…), by detail kind. */
  details?: Array<{ kind: string } & Code>;
}

export interface OutcomeRead {
  outcome: Outcome;
  notes: Note[];
}

/**
 * The end reason decides the category when Synthflow gives it a meaning; otherwise the status
 * does. error_message is the reason when end_call_reason is not one (see pickEndReason, with a
 * note saying so); any other error_message text is the call's error, shown as a detail and, on a
 * failed call, as what went wrong.
 */
export function readOutcome(input: OutcomeInput): OutcomeRead {
  const { status, endCallReason, errorMessage, customReason } = input;
  const notes: Note[] = [];
  const picked = pickEndReason(endCallReason?.raw, errorMessage?.raw);
  const endReason = picked?.from === 'error_message' ? errorMessage : endCallReason;
  if (picked?.from === 'error_message' && errorMessage !== undefined) {
    notes.push({
      kind: 'synthflow.reason-from-error-message',
      path: errorMessage.path,
      values: picked.replaced === undefined ? {} : { replaced: picked.replaced },
    });
  }
  const reasonMeaning = endReason === undefined ? undefined : endReasonMeaning(endReason.raw);
  const statusMeans = status === undefined ? undefined : statusMeaning(status.raw);
  const outcome: Outcome = {
    category: reasonMeaning?.category ?? statusMeans?.category ?? 'unknown',
    details: [...(input.details ?? [])],
    failures: [],
  };
  if (status !== undefined) outcome.status = status;
  if (endReason !== undefined) outcome.endReason = endReason;
  const endedBy = reasonMeaning?.endedBy ?? statusMeans?.endedBy;
  if (endedBy !== undefined) outcome.endedBy = endedBy;
  if (customReason !== undefined) outcome.details.push({ kind: 'customReason', ...customReason });
  const errorText = picked?.from === 'error_message' ? undefined : errorMessage;
  if (errorText !== undefined) outcome.details.push({ kind: 'errorMessage', ...errorText });

  const failure = failureOf(reasonMeaning?.failure ?? statusMeans?.failure, endReason, status);
  if (failure !== undefined) {
    // A failed call's own error text says more than the status code "failed".
    const said = failure.kind === 'call-error' ? errorText : undefined;
    outcome.failures.push(
      said === undefined ? failure : { ...failure, code: said.raw, path: said.path },
    );
  }
  return { outcome, notes };
}

function failureOf(
  kind: Failure['kind'] | undefined,
  reason: Code | undefined,
  status: Code | undefined,
): Failure | undefined {
  if (kind === undefined) return undefined;
  const code =
    reason !== undefined && endReasonMeaning(reason.raw)?.failure !== undefined ? reason : status;
  return code === undefined ? undefined : { kind, code: code.raw, path: code.path };
}
