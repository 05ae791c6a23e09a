import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { Role, ToolCall, Transcript, Turn } from '../../record';
import { readStructured } from '../../structured';
import { transcriptFromText } from '../../transcript';
import { numberOf, textOf, toolTurn } from '../read';
import { NO_RESULT_PREFIX, PENDING_PREFIX } from './codes';

/**
 * Vapi's transcripts, best first: `artifact.messages` (speech, system prompt and tool calls in
 * order, each with `secondsFromStart`), then `artifact.transcript` ("AI: …\nUser: …\n").
 * Roles per the spec's BotMessage, UserMessage, SystemMessage, ToolCallMessage and
 * ToolCallResultMessage. `secondsFromStart` counts from the first (system) message, which on web
 * calls can be seconds before `startedAt` (vendor-formats.md §1 quirk 4): kept as sent.
 */

const SPEAKERS: Readonly<Record<string, Role>> = {
  bot: 'agent',
  assistant: 'agent',
  user: 'caller',
  system: 'system',
};

/** Entries beyond this many are not read as turns (they stay in the raw view): a size cap. */
const MAX_ENTRIES = 20_000;

export interface TranscriptRead {
  transcript: Transcript;
  toolCalls: ToolCall[];
}

/**
 * From the first of `lists` that has entries, else the text transcript, else missing/empty. The
 * candidates not shown as turns are copies (Vapi repeats them); they stay under Other fields.
 */
export function readTranscript(
  lists: Array<{ value: unknown; path: string }>,
  texts: Array<{ value: unknown; path: string }>,
  ctx: DecodeContext,
): TranscriptRead {
  const read = chooseTranscript(lists, texts, ctx);
  for (const { value, path } of [...lists, ...texts]) {
    if (value !== undefined && path !== read.transcript.path) ctx.otherFields.push({ path, value });
  }
  return read;
}

function chooseTranscript(
  lists: Array<{ value: unknown; path: string }>,
  texts: Array<{ value: unknown; path: string }>,
  ctx: DecodeContext,
): TranscriptRead {
  for (const list of lists) {
    if (Array.isArray(list.value) && list.value.length > 0) {
      return fromMessages(list.value, list.path, ctx);
    }
  }
  for (const text of texts) {
    if (typeof text.value === 'string' && text.value.trim() !== '') {
      return { transcript: transcriptFromText(text.value, text.path), toolCalls: [] };
    }
  }
  const present = [...lists, ...texts].find((entry) => entry.value !== undefined);
  return {
    transcript:
      present === undefined
        ? { state: 'missing', turns: [] }
        : { state: 'empty', path: present.path, turns: [] },
    toolCalls: [],
  };
}

function fromMessages(entries: unknown[], path: string, ctx: DecodeContext): TranscriptRead {
  const read: Reading = { turns: [], toolCalls: [], byId: new Map(), ctx };
  const count = Math.min(entries.length, MAX_ENTRIES);
  for (let i = 0; i < count; i += 1) {
    const entry = entries[i];
    const entryPath = childPath(path, i);
    if (!isPlainObject(entry)) {
      read.turns.push({ role: 'unknown', label: '', text: textOf(entry) });
      continue;
    }
    const role = textOf(entry.role);
    if (role === 'tool_calls') {
      invocations(entry, entryPath, read);
    } else if (role === 'tool_call_result') {
      result(entry, entryPath, read);
    } else {
      const speaker = Object.hasOwn(SPEAKERS, role) ? SPEAKERS[role] : undefined;
      read.turns.push(speechTurn(entry, entryPath, speaker ?? 'unknown', role, ctx));
    }
  }
  return {
    transcript: { state: read.turns.length === 0 ? 'empty' : 'present', path, turns: read.turns },
    toolCalls: read.toolCalls,
  };
}

interface Reading {
  turns: Turn[];
  toolCalls: ToolCall[];
  byId: Map<string, ToolCall>;
  ctx: DecodeContext;
}

/** `secondsFromStart` as sent; a value of another type is a warning, not an offset. */
function offsetOf(entry: Record<string, unknown>, path: string, ctx: DecodeContext) {
  const raw = entry.secondsFromStart;
  if (raw === undefined || raw === null) return undefined;
  const offset = numberOf(raw);
  if (offset === undefined) {
    warnWrongType(ctx, childPath(path, 'secondsFromStart'), problems.expected.seconds, raw);
  }
  return offset;
}

function speechTurn(
  entry: Record<string, unknown>,
  path: string,
  role: Role,
  label: string,
  ctx: DecodeContext,
): Turn {
  if (entry.message !== undefined && typeof entry.message !== 'string') {
    warnWrongType(ctx, childPath(path, 'message'), problems.expected.text, entry.message);
  }
  const turn: Turn = { role, label, text: textOf(entry.message) };
  const offset = offsetOf(entry, path, ctx);
  if (offset !== undefined) turn.offsetSeconds = offset;
  return turn;
}

/** One `tool_calls` entry can hold several calls the model made at once: one turn each. */
function invocations(entry: Record<string, unknown>, path: string, read: Reading): void {
  const list = entry.toolCalls;
  const listPath = childPath(path, 'toolCalls');
  if (!Array.isArray(list)) {
    if (list !== undefined) warnWrongType(read.ctx, listPath, problems.expected.list, list);
    return;
  }
  const offset = offsetOf(entry, path, read.ctx);
  const atMs = numberOf(entry.time);
  list.forEach((item, index) => {
    const call = invocation(item, childPath(listPath, index), read.turns.length);
    if (offset !== undefined) call.offsetSeconds = offset;
    if (atMs !== undefined) call.atMs = atMs;
    if (call.id !== undefined) read.byId.set(call.id, call);
    read.turns.push(toolTurn(call, 'tool_calls', read.toolCalls.push(call) - 1));
  });
}

const INVOCATION_KEYS = new Set(['id', 'type', 'function']);

/** `{id, type: "function", function: {name, arguments: "<JSON string>"}}` (OpenAI's shape). */
function invocation(item: unknown, path: string, turn: number): ToolCall {
  const value = isPlainObject(item) ? item : {};
  const fn = isPlainObject(value.function) ? value.function : {};
  const id = textOf(value.id);
  const call: ToolCall = {
    name: textOf(fn.name) || id,
    arguments: readStructured(fn.arguments),
    result: { kind: 'none' },
    status: 'unknown',
    turn,
    path,
    // Anything else the call says (`function.description`, provider extras), as sent.
    details: [
      ...Object.keys(value)
        .filter((key) => !INVOCATION_KEYS.has(key))
        .map((key) => ({ key, value: value[key] })),
      ...Object.keys(fn)
        .filter((key) => key !== 'name' && key !== 'arguments')
        .map((key) => ({ key: `function.${key}`, value: fn[key] })),
    ],
  };
  if (!isPlainObject(item)) call.details.push({ key: '', value: item });
  if (id !== '') call.id = id;
  if (typeof value.type === 'string' && value.type !== '') call.kind = value.type;
  return call;
}

const RESULT_KEYS = new Set(['role', 'toolCallId', 'name', 'result', 'time', 'secondsFromStart']);

/**
 * A result fills the call it answers (by `toolCallId`); one without its call still shows, under
 * its own turn. Failed: an `error` the tool server sent, or Vapi's "No result returned." (the
 * server did not answer in time or in the expected shape). "Tool Result Still Pending…" (an
 * async tool, or no answer yet) stays unknown. Any other result: succeeded.
 */
function result(entry: Record<string, unknown>, path: string, read: Reading): void {
  const id = textOf(entry.toolCallId);
  let call = read.byId.get(id);
  if (call === undefined) {
    call = {
      name: textOf(entry.name) || id,
      arguments: { kind: 'none' },
      result: { kind: 'none' },
      status: 'unknown',
      turn: read.turns.length,
      path,
      details: [],
    };
    if (id !== '') call.id = id;
    const offset = offsetOf(entry, path, read.ctx);
    if (offset !== undefined) call.offsetSeconds = offset;
    read.turns.push(toolTurn(call, 'tool_call_result', read.toolCalls.push(call) - 1));
  }
  call.result = readStructured(entry.result);
  for (const key of Object.keys(entry)) {
    if (!RESULT_KEYS.has(key)) call.details.push({ key: `result.${key}`, value: entry[key] });
  }
  const error = typeof entry.error === 'string' && entry.error.trim() !== '' ? entry.error : '';
  const text = call.result.kind === 'text' ? call.result.text : '';
  if (error !== '' || text.startsWith(NO_RESULT_PREFIX)) {
    call.status = 'failed';
    call.error = error || text;
  } else if (call.result.kind !== 'none' && !text.startsWith(PENDING_PREFIX)) {
    call.status = 'succeeded';
  }
}
