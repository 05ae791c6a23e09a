import type { Transcript as RecordTranscript, Role, Turn } from './record';

/** Who a prefix names; `unknown` for text before any prefix. */
type Speaker = Extract<Role, 'agent' | 'caller' | 'unknown'>;

/**
 * missing: no transcript field; empty: present but blank; present: has text. Turns are the
 * record's own (a label is the prefix as written, "" for text before any prefix), built once:
 * on a 10 MB transcript, copying them into record turns cost as much as splitting the text.
 */
export interface Transcript {
  state: 'missing' | 'empty' | 'present';
  raw: string;
  turns: Turn[];
}

/** Speaker prefixes seen in Synthflow transcripts and the tools around them (payload quirk 2). */
const PREFIXES: ReadonlyArray<{ word: string; role: Speaker }> = [
  { word: 'bot', role: 'agent' },
  { word: 'human', role: 'caller' },
  { word: 'assistant', role: 'agent' },
  { word: 'agent', role: 'agent' },
  { word: 'ai', role: 'agent' },
  { word: 'user', role: 'caller' },
  { word: 'customer', role: 'caller' },
];

/** Filled in by matchPrefix: where the turn's text starts, and whether the word was lower case. */
interface PrefixMatch {
  textStart: number;
  exact: boolean;
}

/**
 * Splits a transcript into turns. One pass over the lines with plain character checks (no
 * regular expression that could backtrack), so a multi-megabyte transcript stays linear. A line
 * without a speaker prefix continues the previous turn; text before the first prefix becomes an
 * 'unknown' turn; a transcript cut off mid-sentence is kept as it is.
 *
 * Allocates nothing per line, only the turns themselves: on long transcripts the turn objects
 * are most of the cost of decoding.
 */
export function parseTranscript(raw: string): Transcript {
  if (isBlank(raw, 0, raw.length)) return { state: 'empty', raw, turns: [] };
  const turns: Turn[] = [];
  const match: PrefixMatch = { textStart: 0, exact: true };
  let role: Speaker = 'unknown';
  let label = '';
  let start = 0;
  let end = 0;
  // Blank lines before the first prefix are no turn; a prefixed turn is kept even if empty.
  const flush = () => {
    if (label !== '' || !isBlank(raw, start, end)) turns.push(turn(raw, role, label, start, end));
  };
  let lineStart = 0;
  for (;;) {
    const newline = raw.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? raw.length : newline;
    const prefix = matchPrefix(raw, lineStart, lineEnd, match);
    if (prefix === undefined) {
      end = lineEnd;
    } else {
      flush();
      role = prefix.role;
      // The usual lower-case prefix reuses the constant rather than slicing a new string.
      label = match.exact ? prefix.word : readLabel(raw, lineStart);
      start = match.textStart;
      end = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  flush();
  return { state: 'present', raw, turns };
}

function turn(raw: string, role: Speaker, label: string, from: number, to: number): Turn {
  let a = from;
  let b = to;
  while (a < b && isSpace(raw.charCodeAt(a))) a += 1;
  while (b > a && isSpace(raw.charCodeAt(b - 1))) b -= 1;
  return { role, label, text: raw.slice(a, b) };
}

/** The prefix word as written, between the line's indentation and its colon. */
function readLabel(raw: string, lineStart: number): string {
  let a = lineStart;
  while (isBlankChar(raw.charCodeAt(a))) a += 1;
  let b = a;
  while (isLetter(raw.charCodeAt(b))) b += 1;
  return raw.slice(a, b);
}

/** The prefix that starts this line (any case, then a colon), filling in `match`; or undefined. */
function matchPrefix(
  raw: string,
  lineStart: number,
  lineEnd: number,
  match: PrefixMatch,
): (typeof PREFIXES)[number] | undefined {
  let i = lineStart;
  while (i < lineEnd && isBlankChar(raw.charCodeAt(i))) i += 1;
  // Only words starting with this line's first letter can match; most lines have no prefix.
  const first = raw.charCodeAt(i) | 0x20;
  for (const prefix of PREFIXES) {
    const { word } = prefix;
    const colon = i + word.length;
    if (word.charCodeAt(0) !== first || colon >= lineEnd || raw.charCodeAt(colon) !== 0x3a) {
      continue;
    }
    let exact = true;
    let k = 0;
    for (; k < word.length; k += 1) {
      const c = raw.charCodeAt(i + k);
      const lower = word.charCodeAt(k);
      if (c === lower) continue;
      // Setting bit 0x20 lower-cases an ASCII capital; the words are all lower-case letters.
      if ((c | 0x20) !== lower) break;
      exact = false;
    }
    if (k < word.length) continue;
    let after = colon + 1;
    while (after < lineEnd && isBlankChar(raw.charCodeAt(after))) after += 1;
    match.textStart = after;
    match.exact = exact;
    return prefix;
  }
  return undefined;
}

function isBlank(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isSpace(raw.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * A one-string transcript ("AI: …\nUser: …", "Agent: …", "user: … \n assistant: …") as the
 * vendor-neutral model's turns, with `path` naming the field it came from.
 */
export function transcriptFromText(raw: string, path: string): RecordTranscript {
  const { state, turns } = parseTranscript(raw);
  return { state: state === 'present' && turns.length === 0 ? 'empty' : state, path, turns };
}
