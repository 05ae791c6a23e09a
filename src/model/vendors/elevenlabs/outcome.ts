import type { Code, Failure, Outcome, Party, ToolCall } from '../../record';
import { type Meaning, OUTCOME_RESULT_TYPES, STATUS_CATEGORY, terminationMeaning } from './codes';
import type { MetadataRead } from './metadata';
import { systemResult } from './transcript';

/**
 * The outcome of a `post_call_transcription`, strongest evidence first: an error in
 * `metadata.error` or status `failed`; a successful transfer or voicemail detection (system tool
 * results); the termination text (who hung up); the status. The raw texts stay beside it.
 */
export function readOutcome(
  status: Code | undefined,
  metadata: MetadataRead | undefined,
  toolCalls: ToolCall[],
): Outcome {
  const outcome: Outcome = { category: 'unknown', details: [], failures: [] };
  if (status !== undefined) outcome.status = status;
  const termination = metadata?.termination;
  if (termination !== undefined) outcome.endReason = termination;
  if (metadata?.telephony !== undefined) {
    outcome.details.push({ kind: 'telephony', ...metadata.telephony });
  }
  const fromStatus =
    status !== undefined && Object.hasOwn(STATUS_CATEGORY, status.raw)
      ? STATUS_CATEGORY[status.raw]
      : undefined;
  const meaning: Meaning | undefined =
    fromTools(toolCalls) ?? (termination && terminationMeaning(termination.raw));
  outcome.category = meaning?.category ?? fromStatus ?? 'unknown';
  if (meaning?.endedBy !== undefined) outcome.endedBy = meaning.endedBy;

  const error = metadata?.error;
  if (error?.reason !== undefined) outcome.details.push({ kind: 'errorReason', ...error.reason });
  if (error?.code !== undefined || error?.reason !== undefined || status?.raw === 'failed') {
    outcome.category = 'error';
    const cause = error?.code ?? error?.reason ?? status;
    if (cause !== undefined) {
      outcome.failures.push({ kind: 'call-error', code: cause.raw, path: cause.path });
    }
  }
  for (const tool of toolCalls) {
    if (tool.status === 'failed') outcome.failures.push(toolFailure(tool));
  }
  return outcome;
}

const TRANSFER_ERROR = 'transfer_to_number_error';

/** A failed transfer_to_number is a failed transfer (the header says so); others: a tool failed. */
function toolFailure(tool: ToolCall): Failure {
  const result = systemResult(tool);
  const transfer = result?.result_type === TRANSFER_ERROR;
  const failure: Failure = {
    kind: transfer ? 'transfer-failed' : 'tool-failed',
    subject: tool.name,
    path: tool.path,
  };
  const code = transfer && typeof result?.error === 'string' ? result.error : tool.statusCode;
  if (code !== undefined) failure.code = code;
  return failure;
}

/** Where a successful transfer_to_number sent the caller (`transfer_number` in its result). */
export function transferTarget(toolCalls: ToolCall[]): Party | undefined {
  let target: Party | undefined;
  for (const tool of toolCalls) {
    const result = tool.status === 'succeeded' ? systemResult(tool) : undefined;
    const type = result?.result_type;
    const number = result?.transfer_number;
    if (
      typeof type === 'string' &&
      type.startsWith('transfer_to_number_') &&
      typeof number === 'string'
    ) {
      target = { number, path: tool.path };
    }
  }
  return target;
}

/** The last successful tool whose result changes what happened to the call. */
function fromTools(toolCalls: ToolCall[]): Meaning | undefined {
  let found: Meaning | undefined;
  for (const tool of toolCalls) {
    const type = tool.status === 'succeeded' ? systemResult(tool)?.result_type : undefined;
    if (typeof type === 'string' && Object.hasOwn(OUTCOME_RESULT_TYPES, type)) {
      found = OUTCOME_RESULT_TYPES[type];
    }
  }
  return found;
}
