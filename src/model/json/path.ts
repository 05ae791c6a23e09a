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

/** One step of a path as childPath writes it: `.key`, `key` (first), `[3]`, `["any key"]`. */
const STEP = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * The value at a path childPath wrote (`data.full_audio`, `items[2]["a b"]`), or undefined when
 * the path does not lead to one. Own properties only, so `constructor` finds nothing.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    // Sticky: each step must start where the last ended (`^` only matches the first).
    const step = STEP.exec(path);
    if (step === null) return undefined;
    const key = step[2] !== undefined ? Number(step[2]) : (step[1] ?? JSON.parse(step[3] ?? '""'));
    if (typeof key === 'number') {
      if (!Array.isArray(value)) return undefined;
      value = value[key];
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      if (!Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
  }
  return value;
}
