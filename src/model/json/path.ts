const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * JSON path of a child: `call.duration`, `executed_actions["info_extractor_my id"]`, `[3]`.
 * Keys that are not plain identifiers are quoted, because vendor keys may contain spaces.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}
