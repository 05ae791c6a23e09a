import { type PathSegment, parsePath } from './path';

/**
 * Finds the source text of the numbers JSON.parse could not keep (CallDecodeResult.numbersAsSent),
 * so views show `12345678901234567890` and `1e400` as sent rather than the rounded or infinite
 * number. By JSON path for a value whose path is known (a card field), and by the parsed object
 * holding it for values met while printing a container (the card's objects are the parsed ones).
 */
export class NumbersAsSent {
  private readonly byPath: ReadonlyMap<string, string>;
  private readonly byParent = new WeakMap<object, Map<PathSegment, string>>();

  /** `root` is the parsed document the paths of `sources` lead into. */
  constructor(root: unknown, sources: Readonly<Record<string, string>>) {
    this.byPath = new Map(Object.entries(sources));
    for (const [path, source] of this.byPath) {
      const segments = parsePath(path);
      const key = segments?.pop();
      if (segments === undefined || key === undefined) continue;
      const parent = containerAt(root, segments);
      if (parent === undefined) continue;
      let members = this.byParent.get(parent);
      if (members === undefined) {
        members = new Map();
        this.byParent.set(parent, members);
      }
      members.set(key, source);
    }
  }

  /** The source text of the number at `path`, if JSON.parse changed it. */
  at(path: string): string | undefined {
    return this.byPath.get(path);
  }

  /** The source text of `parent[key]`, if it is a number JSON.parse changed; no parent: the root. */
  member(parent: object | undefined, key: PathSegment | undefined): string | undefined {
    if (parent === undefined) return this.byPath.get('');
    return key === undefined ? undefined : this.byParent.get(parent)?.get(key);
  }
}

/** What JSON.parse made of a number's source text, as JavaScript prints it (`Infinity`). */
export function parsedNumberText(source: string): string {
  return String(Number(source));
}

function containerAt(root: unknown, segments: readonly PathSegment[]): object | undefined {
  let value = root;
  for (const key of segments) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PathSegment, unknown>)[key];
  }
  return typeof value === 'object' && value !== null ? value : undefined;
}
