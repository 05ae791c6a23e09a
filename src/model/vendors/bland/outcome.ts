import type { Code, Failure, Note, Outcome, OutcomeCategory } from '../../record';
import {
  ENDED_BY,
  errorMeaning,
  QUEUE_STATUS,
  STATUS,
  TRANSFER_FAILED,
  TRANSFER_MERGED,
} from './codes';

/** The codes that decide a Bland call's outcome, each with the path it was read from. */
export interface OutcomeCodes {
  status?: Code;
  queueStatus?: Code;
  answeredBy?: Code;
  endedBy?: Code;
  errorMessage?: Code;
  disposition?: Code;
  transferState?: Code;
  proxyCallStates: Code[];
  /** `transferred_at` is set: Bland recorded a transfer (a cold one has no warm state). */
  transferredAt: boolean;
}

export interface OutcomeRead {
  outcome: Outcome;
  notes: Note[];
}

const NEVER_CONNECTED: ReadonlySet<OutcomeCategory> = new Set([
  'no-answer',
  'busy',
  'not-connected',
]);

/** The call never reached anyone (no answer, busy, a dial that failed). */
export function neverConnected(outcome: Outcome): boolean {
  return NEVER_CONNECTED.has(outcome.category);
}

const key = (code: Code | undefined) => code?.raw.trim().toLowerCase();
const upper = (code: Code | undefined) => code?.raw.trim().toUpperCase();

function lookup<T>(table: Readonly<Record<string, T>>, raw: string | undefined): T | undefined {
  return raw !== undefined && Object.hasOwn(table, raw) ? table[raw] : undefined;
}

/**
 * `status` decides the category (`queue_status` when no status was sent); a `failed` status is
 * refined by its `error_message` (a busy line, a number not found…). A completed call is then
 * told apart: transferred only when `warm_transfer_call.state` is MERGED, voicemail from
 * `answered_by`, else who ended it from `call_ended_by`.
 */
export function readOutcome(codes: OutcomeCodes): OutcomeRead {
  const { status, queueStatus, errorMessage } = codes;
  const byStatus = lookup(STATUS, key(status));
  const byQueue = status === undefined ? lookup(QUEUE_STATUS, key(queueStatus)) : undefined;
  const byError =
    errorMessage !== undefined && key(status) === 'failed'
      ? errorMeaning(errorMessage.raw)
      : undefined;
  const endedBy = lookup(ENDED_BY, upper(codes.endedBy));
  const merged = upper(codes.transferState) === TRANSFER_MERGED;

  let category: OutcomeCategory =
    byError?.category ?? byStatus?.category ?? byQueue?.category ?? 'unknown';
  if (category === 'completed') category = completedAs(codes, merged, endedBy);

  const outcome: Outcome = { category, details: [], failures: [] };
  if (status !== undefined) outcome.status = status;
  // call_ended_by is the end reason when sent; a call that never got that far has its error.
  const endReason = codes.endedBy ?? errorMessage;
  if (endReason !== undefined) outcome.endReason = endReason;
  if (endedBy !== undefined) outcome.endedBy = endedBy;
  const detail = (kind: string, code: Code | undefined) => {
    if (code !== undefined && code !== endReason) outcome.details.push({ kind, ...code });
  };
  detail('queueStatus', queueStatus);
  detail('answeredBy', codes.answeredBy);
  detail('errorMessage', errorMessage);
  detail('disposition', codes.disposition);
  detail('transferState', codes.transferState);
  for (const proxy of codes.proxyCallStates) detail('proxyCallState', proxy);

  if (byStatus?.failure !== undefined && status !== undefined) {
    // A failed call's own reason is its error text, when sent.
    const code = key(status) === 'failed' && errorMessage !== undefined ? errorMessage : status;
    outcome.failures.push(failure(byError?.failure ?? byStatus.failure, code));
  } else if (byQueue?.failure !== undefined && queueStatus !== undefined) {
    outcome.failures.push(failure(byQueue.failure, queueStatus));
  }
  const notes: Note[] = [];
  if (key(status) === 'completed' && errorMessage !== undefined) {
    notes.push({
      kind: 'bland.error-on-completed-call',
      path: errorMessage.path,
      values: { message: errorMessage.raw },
    });
  }
  readTransfer(codes, merged, outcome, notes);
  return { outcome, notes };
}

function completedAs(
  codes: OutcomeCodes,
  merged: boolean,
  endedBy: 'agent' | 'caller' | undefined,
): OutcomeCategory {
  if (merged) return 'transferred';
  const answeredBy = key(codes.answeredBy);
  if (answeredBy === 'voicemail') return 'voicemail';
  if (answeredBy === 'no-answer') return 'no-answer';
  if (endedBy === 'agent') return 'agent-ended';
  if (endedBy === 'caller') return 'caller-ended';
  return 'completed';
}

function failure(kind: Failure['kind'], code: Code): Failure {
  return { kind, code: code.raw, path: code.path };
}

/**
 * The transfer. A warm transfer that ended TIMED_OUT, NO_ANSWER or CANCELLED failed. The
 * AI-picked `disposition_tag: "TRANSFERRED"` only says the agent went for a transfer: when the
 * warm state is not MERGED a note says so, and with no `transferred_at` either, nothing shows
 * the transfer connected (B-R1 capture: every transfer field null), so it counts as failed.
 */
function readTransfer(codes: OutcomeCodes, merged: boolean, outcome: Outcome, notes: Note[]): void {
  const state = codes.transferState;
  if (state !== undefined && TRANSFER_FAILED.has(upper(state) ?? '')) {
    outcome.failures.push(failure('transfer-failed', state));
  }
  const disposition = codes.disposition;
  if (disposition === undefined || upper(disposition) !== 'TRANSFERRED' || merged) return;
  notes.push({
    kind: 'bland.transfer-not-merged',
    path: disposition.path,
    values:
      state === undefined
        ? { path: disposition.path }
        : { path: disposition.path, state: state.raw },
  });
  if (!codes.transferredAt && !outcome.failures.some((f) => f.kind === 'transfer-failed')) {
    outcome.failures.push({ kind: 'transfer-failed', path: disposition.path });
  }
}
