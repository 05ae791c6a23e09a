import { childPath } from '../../json/path';
import { isPlainObject } from '../../lenient';
import type { Note, Role, Transcript, Turn } from '../../record';
import { readMoment } from '../../time';
import { numberOf } from '../read';

/**
 * Bland's two transcripts, best first: `transcripts[]` ({id, user, text, created_at}, not
 * guaranteed in time order) and `concatenated_transcript` ("user: Hello? \n assistant: …").
 * `agent-action` entries ("Ended call", "Ended call: <last sentence>") are things the agent did,
 * shown as events, not speech.
 */

const ROLES: Readonly<Record<string, Role>> = {
  user: 'caller',
  assistant: 'agent',
  // Listed by Bland (calls-id.mdx) without a meaning; not the caller, not the agent's speech.
  robot: 'system',
  'agent-action': 'event',
};

/** Entry keys read here; any other key of an entry goes to Other fields. */
const ENTRY_KEYS = new Set(['id', 'user', 'text', 'created_at', 'c_id']);

/** Entries (or text lines) beyond this many are not read as turns: a size cap. */
const MAX_TURNS = 20_000;

export interface TranscriptRead {
  transcript: Transcript;
  notes: Note[];
}

interface Entry {
  index: number;
  value: unknown;
  ms?: number;
  id?: number;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function roleOf(label: string): Role {
  return Object.hasOwn(ROLES, label) ? (ROLES[label] as Role) : 'unknown';
}

/**
 * `transcripts[]` as turns, sorted by `created_at` when every entry has one, else by the numeric
 * `id` when every entry has one, else as sent (vendor-formats.md §3 quirk 4). Offsets are
 * `created_at` minus the call's `started_at`, when both are readable.
 */
function fromEntries(
  entries: unknown[],
  path: string,
  startMs: number | undefined,
  otherFields: Array<{ path: string; value: unknown }>,
): TranscriptRead {
  const read: Entry[] = entries.slice(0, MAX_TURNS).map((value, index) => {
    const entry: Entry = { index, value };
    if (!isPlainObject(value)) return entry;
    const created = value.created_at;
    const moment =
      typeof created === 'string' || typeof created === 'number' ? readMoment(created) : undefined;
    if (moment !== undefined) entry.ms = moment.ms;
    const id = numberOf(value.id);
    if (id !== undefined) entry.id = id;
    return entry;
  });
  const sorted = sortEntries(read);
  const notes: Note[] = [];
  if (sorted.some((entry, i) => entry.index !== i)) {
    notes.push({ kind: 'bland.transcript-reordered', path });
  }
  const turns = sorted.map((entry) => {
    const entryPath = childPath(path, entry.index);
    const value = entry.value;
    if (!isPlainObject(value)) return { role: 'unknown', label: '', text: textOf(value) } as Turn;
    for (const key of Object.keys(value)) {
      if (!ENTRY_KEYS.has(key))
        otherFields.push({ path: childPath(entryPath, key), value: value[key] });
    }
    const label = textOf(value.user);
    const turn: Turn = { role: roleOf(label), label, text: textOf(value.text) };
    if (entry.ms !== undefined && startMs !== undefined && entry.ms >= startMs) {
      turn.offsetSeconds = (entry.ms - startMs) / 1000;
    }
    return turn;
  });
  return {
    transcript: { state: turns.length === 0 ? 'empty' : 'present', path, turns },
    notes,
  };
}

function sortEntries(entries: Entry[]): Entry[] {
  const byIndex = (a: Entry, b: Entry) => a.index - b.index;
  if (entries.every((e) => e.ms !== undefined)) {
    return [...entries].sort(
      (a, b) => (a.ms as number) - (b.ms as number) || (a.id ?? 0) - (b.id ?? 0) || byIndex(a, b),
    );
  }
  if (entries.every((e) => e.id !== undefined)) {
    return [...entries].sort((a, b) => (a.id as number) - (b.id as number) || byIndex(a, b));
  }
  return entries;
}

/**
 * `concatenated_transcript`: lines of "<role>: <text>" separated by " \n " (the 2023 docs also
 * write "user : …"). A line whose prefix is not a Bland role continues the turn before it.
 */
function fromText(raw: string, path: string): Transcript {
  const turns: Turn[] = [];
  for (const line of raw.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    const colon = text.indexOf(':');
    const label = colon === -1 ? '' : text.slice(0, colon).trim().toLowerCase();
    const last = turns[turns.length - 1];
    if (Object.hasOwn(ROLES, label)) {
      if (turns.length >= MAX_TURNS) break;
      turns.push({ role: roleOf(label), label, text: text.slice(colon + 1).trim() });
    } else if (last !== undefined) {
      last.text = last.text === '' ? text : `${last.text}\n${text}`;
    } else {
      turns.push({ role: 'unknown', label: '', text });
    }
  }
  return { state: turns.length === 0 ? 'empty' : 'present', path, turns };
}

/**
 * `transcripts[]` when it has entries, else `concatenated_transcript`; a no-answer call sends
 * `transcripts: []` and `""` (empty, not missing). The transcript not shown as turns is a copy
 * and stays under Other fields.
 */
export function readTranscript(
  entries: unknown[] | undefined,
  concatenated: string | undefined,
  startMs: number | undefined,
  otherFields: Array<{ path: string; value: unknown }>,
): TranscriptRead {
  if (entries !== undefined && entries.length > 0) {
    if (concatenated !== undefined) {
      otherFields.push({ path: 'concatenated_transcript', value: concatenated });
    }
    return fromEntries(entries, 'transcripts', startMs, otherFields);
  }
  if (concatenated !== undefined && concatenated.trim() !== '') {
    if (entries !== undefined) otherFields.push({ path: 'transcripts', value: entries });
    return { transcript: fromText(concatenated, 'concatenated_transcript'), notes: [] };
  }
  if (entries !== undefined) {
    if (concatenated !== undefined) {
      otherFields.push({ path: 'concatenated_transcript', value: concatenated });
    }
    return { transcript: { state: 'empty', path: 'transcripts', turns: [] }, notes: [] };
  }
  if (concatenated !== undefined) {
    return {
      transcript: { state: 'empty', path: 'concatenated_transcript', turns: [] },
      notes: [],
    };
  }
  return { transcript: { state: 'missing', turns: [] }, notes: [] };
}
