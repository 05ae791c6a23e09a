/** One search hit: the item (transcript turn) it is in and which hit within that item (0-based). */
export interface TextMatch {
  turn: number;
  occurrence: number;
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** A case-insensitive literal pattern for the query, or undefined for an empty query. */
export function searchPattern(query: string): RegExp | undefined {
  if (query === '') return undefined;
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'giu');
}

/** Every hit over the model's items, so items not yet on screen are found too. */
export function findMatches(items: readonly { text: string }[], pattern: RegExp): TextMatch[] {
  const matches: TextMatch[] = [];
  items.forEach((item, index) => {
    let occurrence = 0;
    for (const _ of item.text.matchAll(pattern))
      matches.push({ turn: index, occurrence: occurrence++ });
  });
  return matches;
}

/** Splits text into plain and matching runs, in order. */
export function splitByMatches(text: string, pattern: RegExp): TextSegment[] {
  const segments: TextSegment[] = [];
  let from = 0;
  for (const hit of text.matchAll(pattern)) {
    const start = hit.index;
    if (start > from) segments.push({ text: text.slice(from, start), match: false });
    segments.push({ text: hit[0], match: true });
    from = start + hit[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), match: false });
  return segments;
}
