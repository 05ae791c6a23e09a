import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField } from '../../lenient';
import type { Note, VariableGroup } from '../../record';

/** Where Retell payloads carry lead data, and the group kind each becomes. */
const GROUPS = [
  { key: 'retell_llm_dynamic_variables', kind: 'dynamic' },
  { key: 'collected_dynamic_variables', kind: 'collected' },
  { key: 'metadata', kind: 'metadata' },
] as const;

export const VARIABLE_KEYS: ReadonlySet<string> = new Set(GROUPS.map((g) => g.key));

/**
 * Retell has no customer-name field: outbound callers pass the lead's name as a dynamic variable
 * or in metadata (the R-R1/R-R2 captures send `customer_name`). An obvious name key is taken as
 * the customer's name, first match in this order, and a note says where it came from.
 */
const NAME_KEYS = ['customer_name', 'name', 'full_name', 'first_name', 'lead_name', 'user_name'];

export interface VariablesRead {
  groups: VariableGroup[];
  name?: { value: string; note: Note };
}

export function readVariables(
  call: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): VariablesRead {
  const read: VariablesRead = { groups: [] };
  for (const { key, kind } of GROUPS) {
    if (!Object.hasOwn(call, key)) continue;
    const value = call[key];
    const groupPath = childPath(path, key);
    if (value === null) {
      read.groups.push({ kind, path: groupPath, entries: null });
    } else if (isPlainObject(value)) {
      read.groups.push({
        kind,
        path: groupPath,
        entries: Object.keys(value).map((name) =>
          kind === 'collected'
            ? { name, value: value[name], collected: true }
            : { name, value: value[name] },
        ),
      });
      read.name ??= nameIn(value, groupPath);
    } else {
      keepAsOtherField(ctx, path)(key, value);
    }
  }
  return read;
}

function nameIn(values: Record<string, unknown>, path: string): VariablesRead['name'] {
  for (const key of NAME_KEYS) {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') {
      const from = childPath(path, key);
      return {
        value,
        note: { kind: 'retell.name-from-variables', path: from, values: { path: from } },
      };
    }
  }
  return undefined;
}
