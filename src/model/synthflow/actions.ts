import { problems } from '../../strings';
import type { CallAction, Structured } from '../call-record';
import { actionTypeInfo } from '../codes';
import { childPath } from '../json/path';
import { type DecodeContext, isPlainObject, nonBlank, readFields, warnWrongType } from '../lenient';
import { anything, flag, moment, text } from '../schemas';
import { readStructured } from '../structured';
import { readMoment } from '../time';

const actionShape = {
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

/** `executed_actions` in payload order (JavaScript puts integer-like keys first; rare here). */
export function readActions(
  actions: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): CallAction[] {
  const result: CallAction[] = [];
  for (const key of Object.keys(actions)) {
    const actionPath = childPath(path, key);
    const raw = actions[key];
    if (!isPlainObject(raw)) {
      warnWrongType(ctx, actionPath, problems.expected.object, raw);
      ctx.otherFields.push({ path: actionPath, value: raw });
      continue;
    }
    result.push(readAction(key, raw, actionPath, ctx));
  }
  return result;
}

function readAction(
  key: string,
  raw: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): CallAction {
  const extra: Array<[string, unknown]> = [];
  const f = readFields(raw, actionShape, path, ctx, (name, value) => extra.push([name, value]));
  const parametersHardCoded = readStructured(f.parameters_hard_coded);
  const parametersFromLlm = readStructured(f.parameters_from_llm);
  const returnValue = readStructured(f.return_value);
  const hardCoded = parametersHardCoded.kind === 'object' ? parametersHardCoded.value : {};
  const returnStatus = pickReturnStatus(f.return_value_status, returnValue);
  const error = f.error_message?.trim() === '' ? undefined : f.error_message;
  const timestampMs = readTimestamp(f.timestamp, f.timestamp_datetime, extra);

  const action: CallAction = {
    key,
    name: nonBlank(f.name) ?? key,
    type: actionTypeInfo(f.action_type ?? ''),
    parametersHardCoded,
    parametersFromLlm,
    returnValue,
    failed: error !== undefined || (returnStatus !== undefined && FAILED_STATUS.test(returnStatus)),
    // Object.fromEntries defines keys as own data, so a `__proto__` field stays plain data.
    extra: Object.fromEntries(extra),
  };
  const identifier = readIdentifier(hardCoded, returnValue);
  if (identifier !== undefined) action.identifier = identifier;
  const description = nonBlank(f.description);
  if (description !== undefined) action.description = description;
  const condition = ownValue(hardCoded, 'condition');
  if (typeof condition === 'string' && condition.trim() !== '') action.condition = condition;
  const choices = ownValue(hardCoded, 'choices');
  if (Array.isArray(choices)) action.choices = choices;
  const examples = ownValue(hardCoded, 'examples');
  if (Array.isArray(examples)) action.examples = examples;
  if (returnStatus !== undefined) action.returnStatus = returnStatus;
  if (error !== undefined) action.error = error;
  if (f.is_relevant_action !== undefined) action.relevant = f.is_relevant_action;
  if (timestampMs !== undefined) action.timestampMs = timestampMs;
  return action;
}

/**
 * The action's own identifier: `parameters_hard_coded.identifier`, else the single key of an
 * object return value. Never the outer key, which may be an id with spaces (payload quirk 4).
 */
function readIdentifier(
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
function pickReturnStatus(
  returnValueStatus: string | undefined,
  returnValue: Structured,
): string | undefined {
  const inner = returnValue.kind === 'object' ? ownValue(returnValue.value, 'status') : undefined;
  const candidates = [returnValueStatus, typeof inner === 'string' ? inner : undefined].filter(
    (status): status is string => status !== undefined && status.trim() !== '',
  );
  return candidates.find((status) => FAILED_STATUS.test(status)) ?? candidates[0];
}

function readTimestamp(
  timestamp: string | number | undefined,
  datetime: string | undefined,
  extra: Array<[string, unknown]>,
): number | undefined {
  for (const [name, value] of [
    ['timestamp', timestamp],
    ['timestamp_datetime', datetime],
  ] as const) {
    if (value === undefined) continue;
    const moment = readMoment(value);
    if (moment !== undefined) return moment.ms;
    extra.push([name, value]);
  }
  return undefined;
}

function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
