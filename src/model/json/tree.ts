import { childPath, type PathSegment, parsePath } from './path';

export type NodeKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'other';

/** One line of the tree view. */
export interface TreeRow {
  depth: number;
  /** Key in the parent object or array; undefined for the root. */
  key: PathSegment | undefined;
  value: unknown;
  kind: NodeKind;
  /** Row index of the parent row; -1 for the root. */
  parent: number;
  /** Where the children come from: the object or array itself, or a string's parsed JSON. */
  tree: object | undefined;
  /** Members of `tree` (0 without one). */
  size: number;
  expanded: boolean;
  /** A string shown in place as the JSON it holds. */
  embedded: boolean;
  /** The key or value holds the filter text. */
  match: boolean;
}

/** Stands for the root's parent, so the root has a (parent, key) like every other node. */
const ROOT = Object.freeze({});

/**
 * What is open. By object identity rather than path: a path is as long as the node is deep, so
 * paths for every row of a 100,000-deep document would take ~10^10 characters.
 */
export class TreeState {
  /** Containers shallower than this are open unless toggled. */
  private baseDepth: number;
  /** Containers whose state differs from what baseDepth says. */
  private readonly toggled = new Set<object>();
  /** Strings open as JSON, by their parent and key, with what they parsed to. */
  private readonly opened = new WeakMap<object, Map<PathSegment | undefined, object>>();

  constructor(openDepth = 2) {
    this.baseDepth = openDepth;
  }

  isOpen(container: object, depth: number): boolean {
    return depth < this.baseDepth !== this.toggled.has(container);
  }

  /** Every container open (strings holding JSON stay as they are: parsing them all is costly). */
  expandAll(): void {
    this.baseDepth = Number.POSITIVE_INFINITY;
    this.toggled.clear();
  }

  /** Only the root open. */
  collapseAll(): void {
    this.baseDepth = 1;
    this.toggled.clear();
  }

  /** Opens or closes a row; false when a string's text turned out not to be JSON. */
  toggle(rows: readonly TreeRow[], index: number): boolean {
    const row = rows[index];
    if (!row) return false;
    if (row.kind === 'string') return this.toggleString(parentTree(rows, index), row);
    if (row.tree) this.flip(row.tree);
    return true;
  }

  /** Opens the containers (and JSON strings) down to `path`; the (parent, key) of what it found. */
  openPath(root: unknown, path: string): NodeRef | undefined {
    const segments = parsePath(path);
    if (!segments) return undefined;
    let ref: NodeRef = { parent: ROOT, key: undefined };
    let value = root;
    for (const [depth, segment] of segments.entries()) {
      const tree = this.childrenOf(ref, value, true);
      if (!tree || !Object.hasOwn(tree, segment)) break;
      if (tree === value && !this.isOpen(tree, depth)) this.flip(tree);
      ref = { parent: tree, key: segment };
      value = (tree as Record<PathSegment, unknown>)[segment];
    }
    return ref;
  }

  /** The object or array whose members are shown under a node, if it is open or can be. */
  childrenOf(ref: NodeRef, value: unknown, open = false): object | undefined {
    if (typeof value === 'object' && value !== null) return value;
    if (typeof value !== 'string') return undefined;
    const parsed = this.opened.get(ref.parent)?.get(ref.key);
    if (parsed || !open) return parsed;
    return this.openString(ref, value);
  }

  private flip(container: object): void {
    if (!this.toggled.delete(container)) this.toggled.add(container);
  }

  private toggleString(parent: object, row: TreeRow): boolean {
    if (row.embedded) {
      this.opened.get(parent)?.delete(row.key);
      return true;
    }
    return this.openString({ parent, key: row.key }, row.value as string) !== undefined;
  }

  private openString(ref: NodeRef, text: string): object | undefined {
    const parsed = parseEmbeddedJson(text);
    if (!parsed) return undefined;
    let byKey = this.opened.get(ref.parent);
    if (!byKey) {
      byKey = new Map();
      this.opened.set(ref.parent, byKey);
    }
    byKey.set(ref.key, parsed);
    return parsed;
  }
}

/** A node by its parent's tree and its key. */
export interface NodeRef {
  parent: object;
  key: PathSegment | undefined;
}

/**
 * A string that may hold JSON (Synthflow's stringified parameters, Retell's tool arguments):
 * cheap to ask for every visible row, as nothing is parsed.
 */
export function mayHoldJson(text: string): boolean {
  const first = text.trimStart()[0];
  const last = text.trimEnd().at(-1);
  return (first === '{' && last === '}') || (first === '[' && last === ']');
}

/** The object or array a string holds, or undefined. */
export function parseEmbeddedJson(text: string): object | undefined {
  if (!mayHoldJson(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(value: unknown): NodeKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'object' || type === 'string' || type === 'number' || type === 'boolean')
    return type;
  return 'other';
}

function parentTree(rows: readonly TreeRow[], index: number): object {
  const parent = rows[rows[index]?.parent ?? -1];
  return parent?.tree ?? ROOT;
}

interface Frame {
  tree: object;
  keys: string[] | undefined;
  length: number;
  next: number;
  row: number;
  depth: number;
  /** Children are shown only where they (or theirs) match the filter. */
  filtered: boolean;
  /** Something under this frame matched. */
  hit: boolean;
}

export interface Flattened {
  rows: TreeRow[];
  /** Rows whose key or value holds the filter text. */
  matches: number;
}

/**
 * The rows on show, in order, without recursion. With a filter, only rows whose key or value
 * holds it (case-insensitive) and their ancestors; a match's own subtree shows as it is folded.
 */
export function flattenJson(root: unknown, state: TreeState, filter = ''): Flattened {
  const query = filter.trim().toLowerCase();
  const rows: TreeRow[] = [];
  const stack: Frame[] = [];
  let matches = 0;

  const push = (row: TreeRow, index: number, filtered: boolean): void => {
    const tree = row.tree as object;
    const keys = Array.isArray(tree) ? undefined : Object.keys(tree);
    const length = keys ? keys.length : (tree as unknown[]).length;
    stack.push({ tree, keys, length, next: 0, row: index, depth: row.depth, filtered, hit: false });
  };

  const top = makeRow(state, { parent: ROOT, key: undefined }, root, 0, -1);
  rows.push(top);
  if (top.tree && (top.expanded || query)) {
    top.expanded = true;
    push(top, 0, query !== '');
  }

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.length) {
      stack.pop();
      if (!frame.filtered) continue;
      if (frame.hit) {
        const parent = stack[stack.length - 1];
        if (parent) parent.hit = true;
      } else if (frame.row > 0) {
        rows.length = frame.row;
      }
      continue;
    }
    const key = frame.keys ? (frame.keys[frame.next] as string) : frame.next;
    frame.next += 1;
    const value = (frame.tree as Record<PathSegment, unknown>)[key];
    const index = rows.length;
    const row = makeRow(state, { parent: frame.tree, key }, value, frame.depth + 1, frame.row);
    rows.push(row);
    if (!frame.filtered) {
      if (row.tree && row.expanded) push(row, index, false);
      continue;
    }
    if (matchesQuery(row, query)) {
      row.match = true;
      matches += 1;
      frame.hit = true;
      if (row.tree && row.expanded) push(row, index, false);
    } else if (row.tree) {
      row.expanded = true;
      push(row, index, true);
    } else {
      rows.pop();
    }
  }
  return { rows, matches };
}

function makeRow(
  state: TreeState,
  ref: NodeRef,
  value: unknown,
  depth: number,
  parent: number,
): TreeRow {
  const kind = kindOf(value);
  const tree = state.childrenOf(ref, value);
  const embedded = kind === 'string' && tree !== undefined;
  let size = 0;
  if (tree) size = Array.isArray(tree) ? tree.length : Object.keys(tree).length;
  const expanded = embedded || (tree !== undefined && state.isOpen(tree, depth));
  return { depth, key: ref.key, value, kind, parent, tree, size, expanded, embedded, match: false };
}

function matchesQuery(row: TreeRow, query: string): boolean {
  if (typeof row.key === 'string' && row.key.toLowerCase().includes(query)) return true;
  if (row.kind === 'object' || row.kind === 'array') return false;
  return String(row.value).toLowerCase().includes(query);
}

/** The JSON path of a row, e.g. `executed_actions["extract_info_1"].return_value`. */
export function rowPath(rows: readonly TreeRow[], index: number): string {
  const keys: PathSegment[] = [];
  for (let at = index; at > 0; at = rows[at]?.parent ?? 0) {
    const key = rows[at]?.key;
    if (key !== undefined) keys.push(key);
  }
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) path = childPath(path, keys[i] as PathSegment);
  return path;
}

/** The index of the row for a node, or -1 when it is not on show. */
export function findRow(rows: readonly TreeRow[], ref: NodeRef): number {
  if (ref.key === undefined) return rows.length > 0 ? 0 : -1;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]?.key === ref.key && parentTree(rows, i) === ref.parent) return i;
  }
  return -1;
}
