import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { Role, ToolCall, Transcript, Turn } from '../../record';
import { readStructured } from '../../structured';
import { numberOf } from '../read';

/**
 * `data.transcript[]`: one entry per turn, `{role: agent|user, message, time_in_call_secs,
 * tool_calls[], tool_results[], …}`. A tool call and its result arrive on two SEPARATE agent turns
 * whose `message` is null (E-R1, E-R3 captures); they are paired by `request_id` into one tool
 * call, shown once, at the turn where it was called.
 */

const SPEAKERS: Readonly<Record<string, Role>> = { agent: 'agent', user: 'caller' };

/** Entries beyond this many are not read as turns (they stay in the raw view): a size cap. */
const MAX_ENTRIES = 20_000;

/** Keys read into the turn or its tool calls. */
const TURN_KEYS = new Set(['role', 'message', 'time_in_call_secs', 'tool_calls', 'tool_results']);
/**
 * Per-turn telemetry sent on every turn (latency metrics, token usage, RAG chunks, the agent's
 * own id): left to the raw view, because copied into Other fields it would bury everything else.
 */
const TELEMETRY_KEYS = new Set([
  'conversation_turn_metrics',
  'llm_usage',
  'rag_retrieval_info',
  'agent_metadata',
  'source_medium',
]);

const CALL_KEYS = new Set(['request_id', 'tool_name', 'type', 'params_as_json']);
const RESULT_KEYS = new Set([
  'request_id',
  'tool_name',
  'type',
  'result_value',
  'is_error',
  'error_type',
  'raw_error_message',
  // Also on the call: listed once.
  'tool_has_been_called',
]);

export interface TranscriptRead {
  transcript: Transcript;
  toolCalls: ToolCall[];
}

/** A value worth listing under Other fields: not null, false, "" or an empty list. */
function meaningful(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

export function readTranscript(
  entries: unknown[],
  path: string,
  ctx: DecodeContext,
): TranscriptRead {
  const read: TranscriptRead = { transcript: { state: 'empty', path, turns: [] }, toolCalls: [] };
  const byRequest = new Map<string, ToolCall>();
  const count = Math.min(entries.length, MAX_ENTRIES);
  for (let i = 0; i < count; i += 1) {
    const entry = entries[i];
    const entryPath = childPath(path, i);
    if (!isPlainObject(entry)) {
      ctx.otherFields.push({ path: entryPath, value: entry });
      continue;
    }
    const role = typeof entry.role === 'string' ? entry.role : '';
    const offset = numberOf(entry.time_in_call_secs);
    warnUnless(
      typeof entry.message === 'string' || entry.message == null,
      entryPath,
      'message',
      entry,
      ctx,
    );
    warnUnless(
      offset !== undefined || entry.time_in_call_secs == null,
      entryPath,
      'time_in_call_secs',
      entry,
      ctx,
    );
    const turns = read.transcript.turns;
    if (typeof entry.message === 'string' && entry.message.trim() !== '') {
      const turn: Turn = {
        role: Object.hasOwn(SPEAKERS, role) ? (SPEAKERS[role] as Role) : 'unknown',
        label: role,
        text: entry.message,
      };
      if (offset !== undefined) turn.offsetSeconds = offset;
      turns.push(turn);
    }
    forEachObject(entry.tool_calls, childPath(entryPath, 'tool_calls'), ctx, (call, callPath) => {
      const tool = invocation(call, callPath, turns.length, offset);
      if (tool.id !== undefined) byRequest.set(tool.id, tool);
      turns.push(toolTurn(tool, 'tool_call', read.toolCalls.push(tool) - 1));
    });
    forEachObject(entry.tool_results, childPath(entryPath, 'tool_results'), ctx, (result, at) => {
      const id = typeof result.request_id === 'string' ? result.request_id : undefined;
      let tool = id === undefined ? undefined : byRequest.get(id);
      if (tool === undefined) {
        // A result whose call is not in the transcript (a cut or edited payload) still shows.
        tool = invocation(result, at, turns.length, offset);
        if (tool.id !== undefined) byRequest.set(tool.id, tool);
        turns.push(toolTurn(tool, 'tool_result', read.toolCalls.push(tool) - 1));
      }
      fillResult(tool, result, at);
    });
    for (const key of Object.keys(entry)) {
      if (!TURN_KEYS.has(key) && !TELEMETRY_KEYS.has(key) && meaningful(entry[key])) {
        ctx.otherFields.push({ path: childPath(entryPath, key), value: entry[key] });
      }
    }
  }
  if (read.transcript.turns.length > 0) read.transcript.state = 'present';
  return read;
}

/** A turn field of the wrong type: a warning, and the value under Other fields, as sent. */
function warnUnless(
  fine: boolean,
  entryPath: string,
  key: 'message' | 'time_in_call_secs',
  entry: Record<string, unknown>,
  ctx: DecodeContext,
): void {
  if (fine) return;
  const path = childPath(entryPath, key);
  const expected = key === 'message' ? problems.expected.text : problems.expected.seconds;
  warnWrongType(ctx, path, expected, entry[key]);
  ctx.otherFields.push({ path, value: entry[key] });
}

/** `tool_calls` / `tool_results` are lists in real payloads and null in the docs sample. */
function forEachObject(
  list: unknown,
  path: string,
  ctx: DecodeContext,
  each: (item: Record<string, unknown>, path: string) => void,
): void {
  if (!Array.isArray(list)) {
    if (meaningful(list)) ctx.otherFields.push({ path, value: list });
    return;
  }
  list.forEach((item, index) => {
    if (isPlainObject(item)) each(item, childPath(path, index));
    else ctx.otherFields.push({ path: childPath(path, index), value: item });
  });
}

function invocation(
  entry: Record<string, unknown>,
  path: string,
  turn: number,
  offset: number | undefined,
): ToolCall {
  const id =
    typeof entry.request_id === 'string' && entry.request_id !== '' ? entry.request_id : undefined;
  const name = typeof entry.tool_name === 'string' && entry.tool_name !== '' ? entry.tool_name : id;
  const call: ToolCall = {
    name: name ?? '',
    // params_as_json is a JSON string ("{\"language\": \"ta\"}" in E-R1).
    arguments: readStructured(entry.params_as_json),
    result: { kind: 'none' },
    status: 'unknown',
    turn,
    path,
    details: details(entry, CALL_KEYS),
  };
  if (id !== undefined) call.id = id;
  if (typeof entry.type === 'string') call.kind = entry.type;
  if (offset !== undefined) call.offsetSeconds = offset;
  return call;
}

function details(entry: Record<string, unknown>, placed: ReadonlySet<string>): ToolCall['details'] {
  return Object.keys(entry)
    .filter((key) => !placed.has(key) && meaningful(entry[key]))
    .map((key) => ({ key, value: entry[key] }));
}

function toolTurn(call: ToolCall, label: string, index: number): Turn {
  const turn: Turn = { role: 'tool', label, text: call.name, toolCall: index };
  if (call.offsetSeconds !== undefined) turn.offsetSeconds = call.offsetSeconds;
  return turn;
}

/**
 * `is_error` decides the status. A failed call's error is the platform's raw error message when
 * sent (2026 SDK `raw_error_message`, `error_type`), else the result text. Other result facts
 * (latency, dynamic variable updates, the typed system-tool `result`) join the details.
 */
function fillResult(call: ToolCall, result: Record<string, unknown>, path: string): void {
  call.result = readStructured(result.result_value);
  if (result.is_error === true) call.status = 'failed';
  if (result.is_error === false) call.status = 'succeeded';
  if (typeof result.error_type === 'string' && result.error_type !== '') {
    call.statusCode = result.error_type;
  }
  if (call.status === 'failed') {
    const raw = result.raw_error_message;
    if (typeof raw === 'string' && raw.trim() !== '') call.error = raw;
    else if (call.result.kind === 'text') call.error = call.result.text;
  }
  call.details.push({ key: 'result_path', value: path });
  call.details.push(...details(result, RESULT_KEYS));
}

/**
 * A system tool's typed result (`{result_type: "transfer_to_number_twilio_success",
 * transfer_number…}`): the 2026 `result` object when sent, else the parsed `result_value`, which
 * carries the same object as JSON text.
 */
export function systemResult(call: ToolCall): Record<string, unknown> | undefined {
  const typed = call.details.find((d) => d.key === 'result')?.value;
  if (isPlainObject(typed)) return typed;
  return call.result.kind === 'object' ? call.result.value : undefined;
}
