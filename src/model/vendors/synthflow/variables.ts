import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  readFields,
  warnWrongType,
} from '../../lenient';
import type { VariableGroup } from '../../record';
import { anything, flag } from '../../schemas';

const SLOT_SHAPE = { value: anything, collected: flag };

/**
 * One flow-designer slot `{value, collected}` (collected may be the text "true"); a slot sent as
 * a bare value is kept as that value.
 */
export function readSlot(
  slot: unknown,
  path: string,
  ctx: DecodeContext,
): { value: unknown; collected?: boolean } {
  if (!isPlainObject(slot) || !Object.hasOwn(slot, 'value')) return { value: slot };
  const { collected } = readFields(slot, SLOT_SHAPE, path, ctx);
  return collected === undefined ? { value: slot.value } : { value: slot.value, collected };
}

/**
 * A group of variables by kind: `collected` (flow-designer slots), `prompt` (lead.prompt_variables),
 * `metadata`. Sent null: a group with no entries; not an object: kept under Other fields.
 */
export function readGroup(
  kind: 'collected' | 'prompt' | 'metadata',
  parent: Record<string, unknown>,
  key: string,
  parentPath: string,
  ctx: DecodeContext,
): VariableGroup | undefined {
  if (!Object.hasOwn(parent, key)) return undefined;
  const value = parent[key];
  const path = childPath(parentPath, key);
  if (value === null) return { kind, path, entries: null };
  if (!isPlainObject(value)) {
    warnWrongType(ctx, path, problems.expected.object, value);
    keepAsOtherField(ctx, parentPath)(key, value);
    return undefined;
  }
  return {
    kind,
    path,
    entries: Object.keys(value).map((name) =>
      kind === 'collected'
        ? { name, ...readSlot(value[name], childPath(path, name), ctx) }
        : { name, value: value[name] },
    ),
  };
}
