import { problems } from '../../../strings';
import { retellFacts, retellFormat } from '../../../strings/glossary/retell';
import type { FormatInfo } from '../../call-record';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  newContext,
  readFields,
} from '../../lenient';
import {
  type CallId,
  type CallRecord,
  type Direction,
  emptyAnalysis,
  type Party,
  type Recording,
  type Timing,
} from '../../record';
import { anything, id, list, object, text } from '../../schemas';
import { code, duration, epoch, recording } from '../read';
import type { VendorDecodeResult } from '../vendor-decoder';
import { readAnalysis } from './analysis';
import { isCallEvent } from './codes';
import { readCost } from './cost';
import { type Envelope, readEnvelope } from './envelope';
import { neverConnected, readOutcome } from './outcome';
import { readTranscript } from './transcript';
import { readVariables, VARIABLE_KEYS } from './variables';

/** The call fields this decoder places; everything else goes to Other fields by its path. */
const SHAPE = {
  call_id: id,
  agent_id: id,
  agent_version: id,
  agent_name: text,
  agent_tag: text,
  batch_call_id: id,
  call_type: text,
  call_status: text,
  direction: text,
  from_number: text,
  to_number: text,
  transfer_destination: text,
  disconnection_reason: text,
  start_timestamp: anything,
  end_timestamp: anything,
  duration_ms: anything,
  transcript: text,
  transcript_object: list,
  transcript_with_tool_calls: list,
  call_analysis: object,
  call_cost: object,
  telephony_identifier: object,
  recording_url: text,
  recording_multi_channel_url: text,
  scrubbed_recording_url: text,
  scrubbed_recording_multi_channel_url: text,
  public_log_url: text,
  knowledge_base_retrieved_contents_url: text,
};

const RECORDINGS = [
  ['recording_url', 'recording'],
  ['recording_multi_channel_url', 'multi-channel'],
  ['scrubbed_recording_url', 'scrubbed'],
  ['scrubbed_recording_multi_channel_url', 'scrubbed-multi-channel'],
  ['public_log_url', 'log'],
  ['knowledge_base_retrieved_contents_url', 'knowledge-base'],
] as const;

export function decodeRetell(value: unknown): VendorDecodeResult {
  const ctx = newContext();
  const envelope = readEnvelope(value);
  if (envelope === undefined || !isPlainObject(value)) {
    // Only reached when called without recognise(): nothing of Retell's shape to read.
    return { format: format('unknown'), problems: [] };
  }
  const placed = new Set<string | undefined>([
    envelope.eventKey,
    envelope.bodyKey,
    'event_timestamp',
  ]);
  for (const key of Object.keys(value)) {
    if (!placed.has(key)) ctx.otherFields.push({ path: childPath('', key), value: value[key] });
  }
  const at = epoch(value.event_timestamp, 'ms', 'event_timestamp', ctx);
  const event: CallRecord['event'] = { raw: envelope.event, path: envelope.eventKey };
  if (at !== undefined) event.atMs = at.ms;

  if (!isCallEvent(envelope.event)) {
    return { format: format(envelope.event), problems: ctx.problems, facts: facts(envelope) };
  }
  if (envelope.body === undefined || envelope.bodyKey === 'chat') {
    // An error, not a warning: without the call object there is nothing of the call to show.
    ctx.problems.push({
      severity: 'error',
      path: 'call',
      expected: problems.expected.callObject,
      found: problems.found.nothing,
      message: problems.noCallObject,
    });
    return { format: format(envelope.event), problems: ctx.problems };
  }
  const call = decodeCall(envelope.body, envelope.bodyKey ?? 'call', event, ctx);
  return { format: format(envelope.event), call, problems: ctx.problems };
}

function format(event: string): FormatInfo {
  return { id: `retell-${event}`, vendor: 'retell', event, ...retellFormat(event) };
}

function facts(envelope: Envelope): Array<{ label: string; value: string }> {
  const body = envelope.body ?? {};
  const out: Array<{ label: string; value: string }> = [];
  for (const key of [
    'call_id',
    'chat_id',
    'agent_id',
    'chat_status',
    'call_status',
    'transfer_destination',
  ] as const) {
    const raw = body[key];
    if (typeof raw === 'string' && raw.trim() !== '')
      out.push({ label: retellFacts[key], value: raw });
  }
  return out;
}

function decodeCall(
  call: Record<string, unknown>,
  path: string,
  event: CallRecord['event'],
  ctx: DecodeContext,
): CallRecord {
  const keep = keepAsOtherField(ctx, path);
  const f = readFields(call, SHAPE, path, ctx, (key, value) => {
    if (!VARIABLE_KEYS.has(key)) keep(key, value);
  });
  const at = (key: string) => childPath(path, key);

  const outcome = readOutcome(
    code(f.call_status, at('call_status')),
    code(f.disconnection_reason, at('disconnection_reason')),
  );
  const read = readTranscript(
    call,
    path,
    f.transcript_with_tool_calls,
    f.transcript_object,
    f.transcript,
  );
  // The transcripts not shown as turns are copies; they stay reachable under Other fields.
  for (const key of ['transcript_with_tool_calls', 'transcript_object', 'transcript'] as const) {
    if (f[key] !== undefined && read.transcript.path !== at(key)) keep(key, f[key]);
  }
  for (const tool of read.toolCalls) {
    if (tool.status === 'failed') {
      outcome.failures.push({ kind: 'tool-failed', subject: tool.name, path: tool.path });
    }
  }

  const variables = readVariables(call, path, ctx);
  const direction = readDirection(f.call_type, f.direction, keep);
  const { customer, agent } = readParties(f, direction, at, keep);
  if (variables.name !== undefined) customer.name = variables.name.value;
  if (f.agent_name !== undefined) agent.name = f.agent_name;

  const record: CallRecord = {
    vendor: 'retell',
    event,
    outcome,
    customer,
    agent,
    timing: readTiming(f, at, neverConnected(outcome), ctx),
    transcript: read.transcript,
    toolCalls: read.toolCalls,
    costs: [],
    analysis:
      f.call_analysis === undefined
        ? emptyAnalysis()
        : readAnalysis(f.call_analysis, at('call_analysis'), ctx),
    variables: variables.groups,
    recordings: readRecordings(f, at, ctx),
    ids: readIds(f, at, ctx),
    notes: [],
    otherFields: ctx.otherFields,
  };
  if (f.call_id !== undefined) record.callKey = f.call_id;
  if (direction !== undefined) record.direction = direction;
  if (f.transfer_destination !== undefined) {
    record.transferTarget = { number: f.transfer_destination, path: at('transfer_destination') };
  }
  const cost = f.call_cost === undefined ? undefined : readCost(f.call_cost, at('call_cost'), ctx);
  if (cost !== undefined) record.costs.push(cost);
  if (variables.name !== undefined) record.notes.push(variables.name.note);
  if (
    neverConnected(outcome) &&
    record.timing.duration === undefined &&
    f.duration_ms !== undefined
  ) {
    record.notes.push({ kind: 'retell.never-connected-duration', path: at('duration_ms') });
  }
  return record;
}

type Fields = ReturnType<typeof readFields<typeof SHAPE>>;
type At = (key: string) => string;
type Keep = (key: string, value: unknown) => void;

/** call_type `web_call` is a browser call: no phone numbers, no direction field. */
function readDirection(
  callType: string | undefined,
  direction: string | undefined,
  keep: Keep,
): Direction | undefined {
  if (callType !== undefined && callType !== 'phone_call' && callType !== 'web_call') {
    keep('call_type', callType);
  }
  if (direction !== undefined && direction !== 'inbound' && direction !== 'outbound') {
    keep('direction', direction);
  }
  if (callType === 'web_call') return 'web';
  return direction === 'inbound' || direction === 'outbound' ? direction : undefined;
}

/**
 * from_number is the caller, to_number the callee; `direction` says which is the customer.
 * Either can be a SIP trunk label rather than E.164 (`"iatizeia"`, `"11111"` in captures): kept
 * as sent. Without a direction the numbers cannot be assigned, so they stay under Other fields.
 */
function readParties(
  f: Fields,
  direction: Direction | undefined,
  at: At,
  keep: Keep,
): { customer: Party; agent: Party } {
  const customer: Party = {};
  const agent: Party = {};
  const from =
    f.from_number === undefined ? undefined : { number: f.from_number, path: at('from_number') };
  const to = f.to_number === undefined ? undefined : { number: f.to_number, path: at('to_number') };
  if (direction === 'inbound') {
    Object.assign(customer, from);
    Object.assign(agent, to);
  } else if (direction === 'outbound') {
    Object.assign(customer, to);
    Object.assign(agent, from);
  } else {
    if (from !== undefined) keep('from_number', from.number);
    if (to !== undefined) keep('to_number', to.number);
  }
  return { customer, agent };
}

/**
 * Timestamps and duration are ms. A call that never connected has no timestamps and
 * `duration_ms: 0` (R-R1 capture): that 0 is not a call that lasted 0:00, so no duration is
 * set; the raw value stays under Other fields and a note says why none is shown.
 */
function readTiming(f: Fields, at: At, notConnected: boolean, ctx: DecodeContext): Timing {
  const timing: Timing = { timezoneValid: true };
  const start = epoch(f.start_timestamp, 'ms', at('start_timestamp'), ctx);
  const end = epoch(f.end_timestamp, 'ms', at('end_timestamp'), ctx);
  if (start !== undefined) timing.start = start;
  if (end !== undefined) timing.end = end;
  if (notConnected && start === undefined && Number(f.duration_ms) === 0) {
    ctx.otherFields.push({ path: at('duration_ms'), value: f.duration_ms });
    return timing;
  }
  const length = duration(f.duration_ms, 'ms', at('duration_ms'), ctx);
  if (length !== undefined) timing.duration = length;
  return timing;
}

function readRecordings(f: Fields, at: At, ctx: DecodeContext): Recording[] {
  const out: Recording[] = [];
  for (const [key, kind] of RECORDINGS) {
    const link = recording(kind, f[key], at(key), ctx);
    if (link !== undefined) out.push(link);
  }
  return out;
}

function readIds(f: Fields, at: At, ctx: DecodeContext): CallId[] {
  const ids: CallId[] = [];
  const add = (kind: string, value: string | undefined, path: string) => {
    if (value !== undefined && value.trim() !== '') ids.push({ kind, value, path });
  };
  add('call', f.call_id, at('call_id'));
  add('agent', f.agent_id, at('agent_id'));
  add('agent-version', f.agent_version, at('agent_version'));
  add('agent-tag', f.agent_tag, at('agent_tag'));
  add('batch', f.batch_call_id, at('batch_call_id'));
  const telephony = f.telephony_identifier;
  if (telephony !== undefined) {
    const telephonyPath = at('telephony_identifier');
    const keep = keepAsOtherField(ctx, telephonyPath);
    for (const key of Object.keys(telephony)) {
      const value = telephony[key];
      if (key === 'twilio_call_sid' && typeof value === 'string') {
        add('telephony', value, childPath(telephonyPath, key));
      } else {
        keep(key, value);
      }
    }
  }
  return ids;
}
