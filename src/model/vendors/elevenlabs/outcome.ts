import type { Code, Outcome, ToolCall } from '../../record';
import { type Meaning, OUTCOME_RESULT_TYPES, STATUS_CATEGORY, terminationMeaning } from './codes';
import type { MetadataRead } from './metadata';
import { resultType } from './transcript';

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
    if (tool.status === 'failed') {
      const failure: Outcome['failures'][number] = {
        kind: 'tool-failed',
        subject: tool.name,
        path: tool.path,
      };
      if (tool.statusCode !== undefined) failure.code = tool.statusCode;
      outcome.failures.push(failure);
    }
  }
  return outcome;
}

/** The last successful tool whose result changes what happened to the call. */
function fromTools(toolCalls: ToolCall[]): Meaning | undefined {
  let found: Meaning | undefined;
  for (const tool of toolCalls) {
    const type = tool.status === 'succeeded' ? resultType(tool) : undefined;
    if (type !== undefined && Object.hasOwn(OUTCOME_RESULT_TYPES, type)) {
      found = OUTCOME_RESULT_TYPES[type];
    }
  }
  return found;
}
