import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField } from '../../lenient';
import type { Note, VariableGroup } from '../../record';

/**
 * `conversation_initiation_client_data`: the overrides and `dynamic_variables` a conversation was
 * started with. The dynamic variables hold ElevenLabs' own `system__*` values (caller id, called
 * number, call sid…) and the integrator's, where the lead's name usually is (`user_name` in the
 * docs sample and E-R1). The first obvious name key is taken as the customer's name, with a note
 * saying where from; everything else in the object goes to Other fields.
 */
const NAME_KEYS = ['customer_name', 'user_name', 'caller_name', 'lead_name', 'full_name', 'name'];

export interface VariablesRead {
  groups: VariableGroup[];
  name?: { value: string; note: Note };
}

export function readClientData(
  data: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): VariablesRead {
  const read: VariablesRead = { groups: [] };
  const keep = keepAsOtherField(ctx, path);
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (key !== 'dynamic_variables') {
      keep(key, value);
      continue;
    }
    const groupPath = childPath(path, key);
    if (value === null) {
      read.groups.push({ kind: 'dynamic', path: groupPath, entries: null });
    } else if (isPlainObject(value)) {
      const entries = Object.keys(value).map((name) => ({ name, value: value[name] }));
      read.groups.push({ kind: 'dynamic', path: groupPath, entries });
      const nameKey = NAME_KEYS.find((k) => typeof value[k] === 'string' && value[k].trim() !== '');
      if (nameKey !== undefined && Object.hasOwn(value, nameKey)) {
        const from = childPath(groupPath, nameKey);
        read.name = {
          value: value[nameKey] as string,
          note: { kind: 'elevenlabs.name-from-variables', path: from, values: { path: from } },
        };
      }
    } else {
      keep(key, value);
    }
  }
  return read;
}
