/**
 * Replaces the value at one path of a payload with `replacement`; fast-check picks the path as
 * numbers (each taken modulo the keys or items there), so every decoder's robustness test can
 * reach any field of its fixtures.
 */
export function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const [head = 0, ...rest] = path;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const copy = [...value];
    const i = head % value.length;
    copy[i] = mutate(value[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[head % keys.length] as string;
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}
