import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  nonBlank,
  readFields,
  warnWrongType,
} from '../../lenient';
import type { Failure, Structured, ToolCall } from '../../record';
import { anything, flag, moment, text } from '../../schemas';
import { readStructured } from '../../structured';
import { readMoment } from '../../time';
import { normalise, TRANSFER_ACTION } from './codes';

/** The fields of one `executed_actions` entry (payload-formats.md §1). */
export const ACTION_SHAPE = {
  name: text,
  action_type: text,
  description: text,
  parameters_hard_coded: anything,
  parameters_from_llm: anything,
  return_value: anything,
  error_message: text,
  return_value_status: text,
  is_relevant_action: flag,
  timestamp: moment,
  timestamp_datetime: text,
};

/**
 * The rule for a failed action: a non-empty error_message, or a return status that mentions
 * "fail", "error" or "timeout". Synthflow reports a failed transfer only as
 * `return_value.status: "transfer-failed-timeout"` with error_message null (payload quirk 7).
 */
const FAILED_STATUS = /fail|error|timeout/i;

export function statusSaysFailed(status: string): boolean {
  return FAILED_STATUS.test(status);
}

export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The action's own identifier: `parameters_hard_coded.identifier`, else the single key of an
 * object return value. Never the outer key, which may be an id with spaces (payload quirk 4).
 */
export function readIdentifier(
  hardCoded: Record<string, unknown>,
  returnValue: Structured,
): string | undefined {
  const identifier = ownValue(hardCoded, 'identifier');
  if (typeof identifier === 'string' && identifier.trim() !== '') return identifier;
  if (returnValue.kind !== 'object') return undefined;
  const keys = Object.keys(returnValue.value);
  return keys.length === 1 ? keys[0] : undefined;
}

/** Prefers whichever status says the action failed, so a failure is never masked. */
export function pickReturnStatus(
  returnValueStatus: string | undefined,
  returnValue: Structured,
): string | undefined {
  const inner = returnValue.kind === 'object' ? ownValue(returnValue.value, 'status') : undefined;
  const candidates = [returnValueStatus, typeof inner === 'string' ? inner : undefined].filter(
    (status): status is string => status !== undefined && status.trim() !== '',
  );
  return candidates.find(statusSaysFailed) ?? candidates[0];
}

/**
 * `timestamp` (epoch s or ms, a number or numeric text), else `timestamp_datetime`. A value that
 * is no time goes to `unread` with its field name, to be kept as sent.
 */
export function readActionTime(
  timestamp: string | number | undefined,
  datetime: string | undefined,
  unread: (name: string, value: unknown) => void,
): number | undefined {
  for (const [name, value] of [
    ['timestamp', timestamp],
    ['timestamp_datetime', datetime],
  ] as const) {
    if (value === undefined) continue;
    const read = readMoment(value);
    if (read !== undefined) return read.ms;
    unread(name, value);
  }
  return undefined;
}

export interface ActionsRead {
  toolCalls: ToolCall[];
  failures: Failure[];
}

/**
 * `executed_actions` as tool calls, in payload order: what the agent was configured with
 * (hard-coded parameters) is `config`, what the LLM passed is `arguments`, the return value is
 * the result. A failed transfer is a transfer failure of the call, any other a tool failure.
 */
export function readToolCalls(
  actions: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): ActionsRead {
  const read: ActionsRead = { toolCalls: [], failures: [] };
  for (const key of Object.keys(actions)) {
    const actionPath = childPath(path, key);
    const raw = actions[key];
    if (!isPlainObject(raw)) {
      warnWrongType(ctx, actionPath, problems.expected.object, raw);
      ctx.otherFields.push({ path: actionPath, value: raw });
      continue;
    }
    const call = toolCall(key, raw, actionPath, ctx);
    read.toolCalls.push(call);
    if (call.status === 'failed') {
      const transfer = call.kind !== undefined && normalise(call.kind) === TRANSFER_ACTION;
      const failure: Failure = {
        kind: transfer ? 'transfer-failed' : 'tool-failed',
        subject: call.name,
        path: actionPath,
      };
      const code = call.statusCode ?? call.error;
      read.failures.push(code === undefined ? failure : { ...failure, code });
    }
  }
  return read;
}

/** Keys of hard-coded parameters that say what an extractor looks for, shown as details. */
const DETAIL_KEYS = ['condition', 'choices', 'examples'] as const;

function toolCall(
  key: string,
  raw: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): ToolCall {
  const keep = keepAsOtherField(ctx, path);
  const f = readFields(raw, ACTION_SHAPE, path, ctx);
  const config = readStructured(f.parameters_hard_coded);
  const result = readStructured(f.return_value);
  const returnStatus = pickReturnStatus(f.return_value_status, result);
  const error = nonBlank(f.error_message);
  const failed =
    error !== undefined || (returnStatus !== undefined && statusSaysFailed(returnStatus));
  const call: ToolCall = {
    id: key,
    name: nonBlank(f.name) ?? key,
    arguments: readStructured(f.parameters_from_llm),
    config,
    result,
    status: failed
      ? 'failed'
      : returnStatus !== undefined || result.kind !== 'none'
        ? 'succeeded'
        : 'unknown',
    path,
    details: [],
  };
  const kind = nonBlank(f.action_type);
  if (kind !== undefined) call.kind = kind;
  if (returnStatus !== undefined) call.statusCode = returnStatus;
  if (error !== undefined) call.error = error;
  const atMs = readActionTime(f.timestamp, f.timestamp_datetime, keep);
  if (atMs !== undefined) call.atMs = atMs;

  const hardCoded = config.kind === 'object' ? config.value : {};
  const identifier = readIdentifier(hardCoded, result);
  if (identifier !== undefined) call.details.push({ key: 'identifier', value: identifier });
  const description = nonBlank(f.description);
  if (description !== undefined) call.details.push({ key: 'description', value: description });
  for (const detail of DETAIL_KEYS) {
    const value = ownValue(hardCoded, detail);
    if (value !== undefined && value !== null && value !== '') {
      call.details.push({ key: detail, value });
    }
  }
  if (f.is_relevant_action !== undefined) {
    call.details.push({ key: 'is_relevant_action', value: f.is_relevant_action });
  }
  return call;
}
