import { problems } from '../../../strings';
import { blandFacts, blandFormat } from '../../../strings/glossary/bland';
import type { FormatInfo } from '../../call-record';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  newContext,
  readFields,
  warnWrongType,
} from '../../lenient';
import type { CallId, CallRecord, Code, Cost, Direction, Party } from '../../record';
import { anything, flag, id, list, object, text } from '../../schemas';
import { code, moment, numberOf, recording } from '../read';
import type { VendorDecodeResult } from '../vendor-decoder';
import { readAnalysis } from './analysis';
import { neverConnected, readOutcome } from './outcome';
import { appendPostTransfer } from './post-transfer';
import { payloadKind } from './recognise';
import { readTiming } from './timing';
import { readTranscript } from './transcript';
import { customerName, readVariables } from './variables';

/** The fields this decoder places; everything else goes to Other fields by its path. */
const SHAPE = {
  call_id: id,
  status: text,
  queue_status: text,
  answered_by: text,
  call_ended_by: text,
  error_message: text,
  disposition_tag: text,
  call_length: anything,
  corrected_duration: anything,
  pre_transfer_duration: anything,
  post_transfer_duration: anything,
  started_at: anything,
  created_at: anything,
  end_at: anything,
  to: text,
  from: text,
  inbound: flag,
  transcripts: list,
  concatenated_transcript: text,
  summary: text,
  analysis: object,
  citations: list,
  price: anything,
  recording_url: text,
  transferred_to: text,
  transferred_at: anything,
  warm_transfer_call: object,
  post_transfer_transcript: list,
  transfer_offset_seconds: anything,
  batch_id: id,
  pathway_id: id,
  event_type: text,
};

/** Lead data and the agent's path: read as variable groups (see variables.ts). */
const GROUP_KEYS = new Set([
  'variables',
  'metadata',
  'request_data',
  'pathway_tags',
  'pathway_logs',
]);

export function decodeBland(value: unknown): VendorDecodeResult {
  const kind = payloadKind(value);
  if (kind === undefined || !isPlainObject(value)) {
    // Only reached when called without recognise(): nothing of Bland's shape to read.
    return { format: format('unknown'), problems: [] };
  }
  if (kind === 'log') {
    return { format: format('log'), problems: [], facts: facts(value, LOG_FACTS) };
  }
  const eventType = typeof value.event_type === 'string' ? value.event_type : undefined;
  if (kind === 'enrichment') {
    return {
      format: format(eventType ?? 'unknown', eventType),
      problems: [],
      facts: facts(value, ENRICHMENT_FACTS),
    };
  }
  const ctx = newContext();
  const call = decodeCall(value, ctx);
  return { format: format(eventType ?? 'post-call', eventType), call, problems: ctx.problems };
}

/**
 * `<vendor>-<kind>` ids: `bland-post-call` (the post-call body names no event), `bland-log`, or
 * the post-processing `event_type` it was sent with (`bland-citations`), which is its event.
 */
function format(kind: string, eventType?: string): FormatInfo {
  const info: FormatInfo = { id: `bland-${kind}`, vendor: 'bland', ...blandFormat(kind) };
  if (eventType !== undefined) info.event = eventType;
  return info;
}

const LOG_FACTS = ['call_id', 'category', 'log_level', 'message'] as const;
const ENRICHMENT_FACTS = ['call_id', 'event_type', 'timestamp'] as const;

function facts(
  value: Record<string, unknown>,
  keys: ReadonlyArray<keyof typeof blandFacts>,
): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  for (const key of keys) {
    const raw = value[key];
    if (typeof raw === 'string' && raw.trim() !== '')
      out.push({ label: blandFacts[key], value: raw });
  }
  const contents = value.contents;
  if (Array.isArray(contents) && contents.length > 0) {
    out.push({ label: blandFacts.contents, value: contents.map(String).join(', ') });
  }
  return out;
}

function decodeCall(call: Record<string, unknown>, ctx: DecodeContext): CallRecord {
  const keep = keepAsOtherField(ctx, '');
  const f = readFields(call, SHAPE, '', ctx, (key, value) => {
    if (!GROUP_KEYS.has(key)) keep(key, value);
  });
  const warm =
    f.warm_transfer_call === undefined ? undefined : readWarmTransfer(f.warm_transfer_call, ctx);
  // Read (and checked) for the outcome only; shown as sent under Other fields.
  const transferredAt = moment(f.transferred_at, 'transferred_at', ctx);
  if (transferredAt !== undefined) keep('transferred_at', f.transferred_at);
  const read = readOutcome({
    status: code(f.status, 'status'),
    queueStatus: code(f.queue_status, 'queue_status'),
    answeredBy: code(f.answered_by, 'answered_by'),
    endedBy: code(f.call_ended_by, 'call_ended_by'),
    errorMessage: code(f.error_message, 'error_message'),
    disposition: code(f.disposition_tag, 'disposition_tag'),
    transferState: warm?.state,
    proxyCallStates: warm?.proxies.flatMap((p) => (p.state === undefined ? [] : [p.state])) ?? [],
    transferredAt: transferredAt !== undefined,
  });
  const timing = readTiming(f, neverConnected(read.outcome), ctx);
  const start = timing.timing.start;
  const transcript = readTranscript(
    f.transcripts,
    f.concatenated_transcript,
    start?.path === 'started_at' ? start.ms : undefined,
    ctx.otherFields,
  );
  const postTransfer = appendPostTransfer(
    transcript.transcript,
    f.post_transfer_transcript,
    f.transfer_offset_seconds,
    ctx,
  );
  if (postTransfer !== undefined) transcript.notes.push(postTransfer);
  const direction = readDirection(f.inbound);
  const variables = readVariables(call, ctx);
  const record: CallRecord = {
    vendor: 'bland',
    event: f.event_type === undefined ? {} : { raw: f.event_type, path: 'event_type' },
    outcome: read.outcome,
    ...readParties(f, direction, keep),
    timing: timing.timing,
    transcript: transcript.transcript,
    toolCalls: [],
    costs: [],
    analysis: readAnalysis(f.summary, f.analysis, f.citations, ctx),
    variables,
    recordings: [],
    ids: readIds(f, warm?.proxies ?? []),
    notes: [...read.notes, ...timing.notes, ...transcript.notes],
    otherFields: ctx.otherFields,
  };
  if (f.call_id !== undefined && f.call_id.trim() !== '') record.callKey = f.call_id;
  if (direction !== undefined) record.direction = direction;
  const name = customerName(variables);
  if (name !== undefined) {
    record.customer.name = name.name;
    record.notes.push({
      kind: 'bland.name-from-metadata',
      path: name.path,
      values: { path: name.path },
    });
  }
  const target = transferTarget(f.transferred_to, warm?.proxies ?? []);
  if (target !== undefined) record.transferTarget = target;
  const cost = readPrice(f.price, ctx);
  if (cost !== undefined) record.costs.push(cost);
  const link = recording('recording', f.recording_url, 'recording_url', ctx);
  if (link !== undefined) record.recordings.push(link);
  return record;
}

type Fields = ReturnType<typeof readFields<typeof SHAPE>>;

interface ProxyCall {
  state?: Code;
  callId?: { value: string; path: string };
  number?: Party;
}

interface WarmTransfer {
  state?: Code;
  proxies: ProxyCall[];
}

/**
 * `warm_transfer_call {state, proxy_agent_calls[{state, call_id, phone_number}]}`: the overall
 * state decides the transfer; each proxy call (an attempt to reach a human agent) keeps its own.
 */
function readWarmTransfer(value: Record<string, unknown>, ctx: DecodeContext): WarmTransfer {
  const path = 'warm_transfer_call';
  const keep = keepAsOtherField(ctx, path);
  const warm: WarmTransfer = { proxies: [] };
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (key === 'state' && typeof item === 'string' && item.trim() !== '') {
      warm.state = { raw: item, path: childPath(path, key) };
    } else if (key === 'proxy_agent_calls' && Array.isArray(item)) {
      item.forEach((proxy, index) => {
        warm.proxies.push(readProxy(proxy, childPath(childPath(path, key), index), ctx));
      });
    } else {
      if (key === 'state' || key === 'proxy_agent_calls') {
        warnWrongType(
          ctx,
          childPath(path, key),
          key === 'state' ? problems.expected.text : problems.expected.list,
          item,
        );
      }
      keep(key, item);
    }
  }
  return warm;
}

function readProxy(value: unknown, path: string, ctx: DecodeContext): ProxyCall {
  if (!isPlainObject(value)) {
    ctx.otherFields.push({ path, value });
    return {};
  }
  const proxy: ProxyCall = {};
  const keep = keepAsOtherField(ctx, path);
  for (const key of Object.keys(value)) {
    const item = value[key];
    const at = childPath(path, key);
    if (typeof item !== 'string' || item.trim() === '') keep(key, item);
    else if (key === 'state') proxy.state = { raw: item, path: at };
    else if (key === 'call_id') proxy.callId = { value: item, path: at };
    else if (key === 'phone_number') proxy.number = { number: item, path: at };
    else keep(key, item);
  }
  return proxy;
}

function transferTarget(to: string | undefined, proxies: ProxyCall[]): Party | undefined {
  if (to !== undefined && to.trim() !== '') return { number: to, path: 'transferred_to' };
  return proxies.find((p) => p.number !== undefined)?.number;
}

/** `inbound: false` is an outbound call (calls-id.mdx). */
function readDirection(inbound: boolean | undefined): Direction | undefined {
  if (inbound === undefined) return undefined;
  return inbound ? 'inbound' : 'outbound';
}

/**
 * `from` made the call, `to` received it; `inbound` says which is the customer. Without it the
 * numbers cannot be assigned, so they stay under Other fields.
 */
function readParties(
  f: Fields,
  direction: Direction | undefined,
  keep: (key: string, value: unknown) => void,
): { customer: Party; agent: Party } {
  const from = f.from === undefined ? undefined : { number: f.from, path: 'from' };
  const to = f.to === undefined ? undefined : { number: f.to, path: 'to' };
  if (direction === 'inbound') return { customer: { ...from }, agent: { ...to } };
  if (direction === 'outbound') return { customer: { ...to }, agent: { ...from } };
  if (from !== undefined) keep('from', from.number);
  if (to !== undefined) keep('to', to.number);
  return { customer: {}, agent: {} };
}

function readIds(f: Fields, proxies: ProxyCall[]): CallId[] {
  const ids: CallId[] = [];
  const add = (kind: string, value: string | undefined, path: string) => {
    if (value !== undefined && value.trim() !== '') ids.push({ kind, value, path });
  };
  add('call', f.call_id, 'call_id');
  add('batch', f.batch_id, 'batch_id');
  add('pathway', f.pathway_id, 'pathway_id');
  for (const proxy of proxies)
    add('proxy-agent-call', proxy.callId?.value, proxy.callId?.path ?? '');
  return ids;
}

/** `price`: the call's cost in US dollars (calls-id.mdx). */
function readPrice(price: unknown, ctx: DecodeContext): Cost | undefined {
  if (price === undefined) return undefined;
  const amount = numberOf(price);
  if (amount === undefined) {
    warnWrongType(ctx, 'price', problems.expected.usd, price);
    ctx.otherFields.push({ path: 'price', value: price });
    return undefined;
  }
  return { amount, unit: 'usd', path: 'price', breakdown: [] };
}
