import { childPath } from '../../json/path';
import { isPlainObject } from '../../lenient';
import type { Role, ToolCall, Transcript, Turn } from '../../record';
import { readStructured } from '../../structured';
import { transcriptFromText } from '../../transcript';
import { numberOf, textOf, toolTurn } from '../read';

/**
 * Retell's three transcripts, best first: `transcript_with_tool_calls` (speech with tool calls,
 * node transitions, keypad digits, SMS and injected context in place), `transcript_object`
 * (speech with word timings), `transcript` (one string, "Agent: …\nUser: …").
 */

const SPEAKERS: Readonly<Record<string, Role>> = {
  agent: 'agent',
  user: 'caller',
  transfer_target: 'transfer-target',
};

/** Entries that are things that happened, not speech (SDK `*Utterance` types). */
const EVENT_TEXT: Readonly<Record<string, (entry: Record<string, unknown>) => string>> = {
  node_transition: (e) => `${textOf(e.former_node_name)} → ${textOf(e.new_node_name)}`,
  dtmf: (e) => textOf(e.digit),
  sms: (e) => textOf(e.content),
  injected: (e) => textOf(e.content),
};

/** Entries beyond this many are not read as turns (they stay in the raw view): a size cap. */
const MAX_ENTRIES = 20_000;

export interface TranscriptRead {
  transcript: Transcript;
  toolCalls: ToolCall[];
}

/** Word `start` is seconds of call audio (SDK: "relative audio time, not wall time"). */
function firstWordStart(words: unknown): number | undefined {
  if (!Array.isArray(words) || words.length === 0) return undefined;
  const first = words[0];
  return isPlainObject(first) ? numberOf(first.start) : undefined;
}

function speechTurn(entry: Record<string, unknown>, role: Role, label: string): Turn {
  const turn: Turn = { role, label, text: textOf(entry.content) };
  const offset = firstWordStart(entry.words) ?? numberOf(entry.time_sec);
  if (offset !== undefined) turn.offsetSeconds = offset;
  return turn;
}

export function readTranscript(
  call: Record<string, unknown>,
  path: string,
  withToolCalls: unknown,
  object: unknown,
  text: unknown,
): TranscriptRead {
  if (Array.isArray(withToolCalls) && withToolCalls.length > 0) {
    return fromEntries(withToolCalls, childPath(path, 'transcript_with_tool_calls'));
  }
  if (Array.isArray(object) && object.length > 0) {
    return fromEntries(object, childPath(path, 'transcript_object'));
  }
  if (typeof text === 'string') {
    return { transcript: transcriptFromText(text, childPath(path, 'transcript')), toolCalls: [] };
  }
  const present = ['transcript_with_tool_calls', 'transcript_object', 'transcript'].find((key) =>
    Object.hasOwn(call, key),
  );
  return {
    transcript:
      present === undefined
        ? { state: 'missing', turns: [] }
        : { state: 'empty', path: childPath(path, present), turns: [] },
    toolCalls: [],
  };
}

function fromEntries(entries: unknown[], path: string): TranscriptRead {
  const turns: Turn[] = [];
  const toolCalls: ToolCall[] = [];
  const byId = new Map<string, ToolCall>();
  const count = Math.min(entries.length, MAX_ENTRIES);
  for (let i = 0; i < count; i += 1) {
    const entry = entries[i];
    const entryPath = childPath(path, i);
    if (!isPlainObject(entry)) {
      turns.push({ role: 'unknown', label: '', text: textOf(entry) });
      continue;
    }
    const role = textOf(entry.role);
    const speaker = Object.hasOwn(SPEAKERS, role) ? SPEAKERS[role] : undefined;
    if (speaker !== undefined) {
      turns.push(speechTurn(entry, speaker, role));
    } else if (role === 'tool_call_invocation') {
      const call = invocation(entry, entryPath, turns.length);
      if (call.id !== undefined) byId.set(call.id, call);
      turns.push(toolTurn(call, role, toolCalls.push(call) - 1));
    } else if (role === 'tool_call_result') {
      const id = textOf(entry.tool_call_id);
      let call = byId.get(id);
      if (call === undefined) {
        // A result whose invocation is missing (a cut transcript) still shows, under its id.
        call = orphanResult(id, entryPath, turns.length);
        turns.push(toolTurn(call, role, toolCalls.push(call) - 1));
      }
      fillResult(call, entry);
    } else if (Object.hasOwn(EVENT_TEXT, role)) {
      const turn: Turn = { role: 'event', label: role, text: EVENT_TEXT[role]?.(entry) ?? '' };
      const offset = numberOf(entry.time_sec);
      if (offset !== undefined) turn.offsetSeconds = offset;
      turns.push(turn);
    } else {
      turns.push({ role: 'unknown', label: role, text: textOf(entry.content) });
    }
  }
  return {
    transcript: { state: turns.length === 0 ? 'empty' : 'present', path, turns },
    toolCalls,
  };
}

const INVOCATION_KEYS = new Set(['role', 'tool_call_id', 'name', 'arguments', 'time_sec']);

function invocation(entry: Record<string, unknown>, path: string, turn: number): ToolCall {
  const id = textOf(entry.tool_call_id);
  const call: ToolCall = {
    name: textOf(entry.name) || id,
    arguments: readStructured(entry.arguments),
    result: { kind: 'none' },
    status: 'unknown',
    turn,
    path,
    // Anything else the entry says (`type`, `thought_signature`…), as sent.
    details: Object.keys(entry)
      .filter((key) => !INVOCATION_KEYS.has(key))
      .map((key) => ({ key, value: entry[key] })),
  };
  if (id !== '') call.id = id;
  const offset = numberOf(entry.time_sec);
  if (offset !== undefined) call.offsetSeconds = offset;
  return call;
}

function orphanResult(id: string, path: string, turn: number): ToolCall {
  const call: ToolCall = {
    name: id,
    arguments: { kind: 'none' },
    result: { kind: 'none' },
    status: 'unknown',
    turn,
    path,
    details: [],
  };
  if (id !== '') call.id = id;
  return call;
}

/**
 * `successful` (when sent) decides the status; without it the status stays unknown rather than
 * guessed from the content. A failed call's text content is its error (real captures carry
 * texts like "Axios Error: … Missing call_id in request").
 */
function fillResult(call: ToolCall, entry: Record<string, unknown>): void {
  call.result = readStructured(entry.content);
  if (entry.successful === true) call.status = 'succeeded';
  if (entry.successful === false) {
    call.status = 'failed';
    if (call.result.kind === 'text') call.error = call.result.text;
  }
}
