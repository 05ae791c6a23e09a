import { problems } from '../../strings';
import type { CallAction } from '../call-record';
import { actionTypeInfo } from '../codes';
import { childPath } from '../json/path';
import { type DecodeContext, isPlainObject, nonBlank, readFields, warnWrongType } from '../lenient';
import { readStructured } from '../structured';
import {
  ACTION_SHAPE,
  ownValue,
  pickReturnStatus,
  readActionTime,
  readIdentifier,
  statusSaysFailed,
} from '../vendors/synthflow/actions';

/** The old card's view of executed_actions; the rules live in vendors/synthflow/actions.ts. */

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
  const f = readFields(raw, ACTION_SHAPE, path, ctx, (name, value) => extra.push([name, value]));
  const parametersHardCoded = readStructured(f.parameters_hard_coded);
  const parametersFromLlm = readStructured(f.parameters_from_llm);
  const returnValue = readStructured(f.return_value);
  const hardCoded = parametersHardCoded.kind === 'object' ? parametersHardCoded.value : {};
  const returnStatus = pickReturnStatus(f.return_value_status, returnValue);
  const error = f.error_message?.trim() === '' ? undefined : f.error_message;
  const timestampMs = readActionTime(f.timestamp, f.timestamp_datetime, (name, value) =>
    extra.push([name, value]),
  );

  const action: CallAction = {
    key,
    name: nonBlank(f.name) ?? key,
    type: actionTypeInfo(f.action_type ?? ''),
    parametersHardCoded,
    parametersFromLlm,
    returnValue,
    failed: error !== undefined || (returnStatus !== undefined && statusSaysFailed(returnStatus)),
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
