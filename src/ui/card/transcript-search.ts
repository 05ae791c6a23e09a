import type { Turn } from '../../model/call-record';

/** One search hit: the turn it is in and which hit within that turn (0-based). */
export interface TranscriptMatch {
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

/** Every hit over the model's turns, so turns not yet on screen are found too. */
export function findMatches(turns: readonly Turn[], pattern: RegExp): TranscriptMatch[] {
  const matches: TranscriptMatch[] = [];
  turns.forEach((turn, index) => {
    let occurrence = 0;
    for (const _ of turn.text.matchAll(pattern))
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
