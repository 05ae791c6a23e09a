import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { VariableGroup } from '../../record';

/**
 * Bland's lead data and the path its agent took, as variable groups:
 * - `variables`: system variables (from, to, now, timezone…) and those set by dynamic data and
 *   custom tools: Bland has no tool-call list, a tool's inputs and response land here.
 * - `metadata` (the request's metadata, echoed; the usual place for the lead's name) and
 *   `request_data` (values passed to the prompt).
 * - `pathway_tags` (the tags of the pathway nodes visited, in order) and `pathway_logs` (one
 *   entry per pathway step, named by its node's tag or id, kept whole: its `decision` and
 *   `pathway_info` are JSON text Bland writes for people to read).
 * A group sent as null is kept as null; one of the wrong type is a warning and an Other field.
 */

const OBJECT_GROUPS = [
  { key: 'variables', kind: 'variables' },
  { key: 'metadata', kind: 'metadata' },
  { key: 'request_data', kind: 'request' },
] as const;

const LIST_GROUPS = [
  { key: 'pathway_tags', kind: 'pathway', name: (_entry: unknown, i: number) => String(i + 1) },
  { key: 'pathway_logs', kind: 'pathway-log', name: stepName },
] as const;

function stepName(entry: unknown, index: number): string {
  if (isPlainObject(entry)) {
    const tag = entry.tag;
    if (isPlainObject(tag) && typeof tag.name === 'string' && tag.name.trim() !== '')
      return tag.name;
    if (typeof entry.chosen_node_id === 'string' && entry.chosen_node_id !== '') {
      return entry.chosen_node_id;
    }
  }
  return String(index + 1);
}

export function readVariables(call: Record<string, unknown>, ctx: DecodeContext): VariableGroup[] {
  const groups: VariableGroup[] = [];
  const wrong = (key: string, expected: string, value: unknown) => {
    warnWrongType(ctx, key, expected, value);
    ctx.otherFields.push({ path: childPath('', key), value });
  };
  for (const { key, kind } of OBJECT_GROUPS) {
    if (!Object.hasOwn(call, key)) continue;
    const value = call[key];
    if (value === null) groups.push({ kind, path: key, entries: null });
    else if (!isPlainObject(value)) wrong(key, problems.expected.object, value);
    else {
      const entries = Object.keys(value).map((name) => ({ name, value: value[name] }));
      groups.push({ kind, path: key, entries });
    }
  }
  for (const { key, kind, name } of LIST_GROUPS) {
    if (!Object.hasOwn(call, key)) continue;
    const value = call[key];
    if (value === null) groups.push({ kind, path: key, entries: null });
    else if (!Array.isArray(value)) wrong(key, problems.expected.list, value);
    else {
      const entries = value.map((entry, i) => ({ name: name(entry, i), value: entry }));
      groups.push({ kind, path: key, entries });
    }
  }
  return groups;
}

/**
 * Bland has no customer-name field: callers pass the lead's name in `metadata` (the docs call it
 * the place for "information about the client, customer") or `request_data`. An obvious name
 * key there is taken as the customer's name, and a note says where it came from.
 */
const NAME_KEYS = ['customer_name', 'name', 'full_name', 'first_name', 'lead_name'];

export function customerName(groups: VariableGroup[]): { name: string; path: string } | undefined {
  for (const group of groups) {
    if (group.kind !== 'metadata' && group.kind !== 'request') continue;
    for (const key of NAME_KEYS) {
      const entry = group.entries?.find((e) => e.name === key);
      if (typeof entry?.value === 'string' && entry.value.trim() !== '') {
        return { name: entry.value, path: childPath(group.path, key) };
      }
    }
  }
  return undefined;
}
