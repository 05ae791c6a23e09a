import type { CollectedVariable } from '../call-record';
import { childPath } from '../json/path';
import type { DecodeContext } from '../lenient';
import { readSlot } from '../vendors/synthflow/variables';

/** Flow-designer slots `{name: {value, collected}}` for the old card (see readSlot). */
export function readCollectedVariables(
  variables: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): CollectedVariable[] {
  return Object.keys(variables).map((name) => ({
    name,
    ...readSlot(variables[name], childPath(path, name), ctx),
  }));
}
