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

export type PathSegment = string | number;

/**
 * The keys of a path written by childPath: `a.b[3]["x y"]` → ['a', 'b', 3, 'x y']; '' → [].
 * Undefined for text childPath cannot have written, so a bad path reveals nothing rather than
 * the wrong field.
 */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let at = 0;
  while (at < path.length) {
    const char = path[at];
    if (char === '[') {
      const end = path[at + 1] === '"' ? quotedEnd(path, at + 2) : path.indexOf(']', at);
      if (end === -1 || path[end] !== ']') return undefined;
      const inside = path.slice(at + 1, end);
      const segment = inside.startsWith('"') ? readQuoted(inside) : readIndex(inside);
      if (segment === undefined) return undefined;
      segments.push(segment);
      at = end + 1;
      continue;
    }
    // A plain key is the first segment, or follows a dot.
    if ((char === '.') !== segments.length > 0) return undefined;
    if (char === '.') at += 1;
    const match = PLAIN_KEY_AT.exec(path.slice(at));
    if (!match) return undefined;
    segments.push(match[0]);
    at += match[0].length;
  }
  return segments;
}

const PLAIN_KEY_AT = /^[A-Za-z_$][A-Za-z0-9_$]*/;

/** Index just past the closing quote of a JSON string literal whose text starts at `from`. */
function quotedEnd(path: string, from: number): number {
  for (let i = from; i < path.length; i++) {
    if (path[i] === '\\') i += 1;
    else if (path[i] === '"') return i + 1;
  }
  return -1;
}

function readQuoted(literal: string): string | undefined {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

function readIndex(text: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : undefined;
}

/**
 * The value at a path childPath wrote (`data.full_audio`, `items[2]["a b"]`), or undefined when
 * the path does not lead to one. Own properties only, so `constructor` finds nothing.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  const segments = parsePath(path);
  if (segments === undefined) return undefined;
  let value = root;
  for (const key of segments) {
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
