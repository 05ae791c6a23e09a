import type { CollectedVariable } from '../call-record';
import { childPath } from '../json/path';
import { type DecodeContext, isPlainObject, readFields } from '../lenient';
import { anything, flag } from '../schemas';

const slotShape = { value: anything, collected: flag };

/** Flow-designer slots `{name: {value, collected}}`; a slot sent as a bare value is kept too. */
export function readCollectedVariables(
  variables: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): CollectedVariable[] {
  return Object.keys(variables).map((name) => {
    const slot = variables[name];
    if (!isPlainObject(slot) || !Object.hasOwn(slot, 'value')) return { name, value: slot };
    const { collected } = readFields(slot, slotShape, childPath(path, name), ctx);
    return collected === undefined
      ? { name, value: slot.value }
      : { name, value: slot.value, collected };
  });
}
