import { childPath } from '../../json/path';
import { readShape } from './shape';

/** A calls API page (`{status: "ok", response: {calls: […]}}`): each call with its JSON path. */
export function synthflowListItems(
  value: unknown,
): Array<{ path: string; value: unknown }> | undefined {
  const shape = readShape(value);
  if (shape?.kind !== 'api-list') return undefined;
  return shape.calls.map((item, index) => ({
    path: childPath('response.calls', index),
    value: item,
  }));
}
