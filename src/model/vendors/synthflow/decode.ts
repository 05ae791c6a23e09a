import { problems } from '../../../strings';
import { synthflowFacts, synthflowFormats } from '../../../strings/glossary/synthflow';
import type { FormatInfo } from '../../call-record';
import { describeFound } from '../../json/describe';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  newContext,
  nonBlank,
  readFields,
  warn,
  warnWrongType,
} from '../../lenient';
import {
  type CallId,
  type CallRecord,
  type Direction,
  emptyAnalysis,
  type Note,
  type Party,
  type Timing,
} from '../../record';
import { anything, id, moment, object, text } from '../../schemas';
import { transcriptFromText } from '../../transcript';
import { code, duration, recording } from '../read';
import type { VendorDecodeResult } from '../vendor-decoder';
import { readToolCalls } from './actions';
import { readJudgements } from './analysis';
import { readOutcome, readStatus } from './outcome';
import { readShape, type Shape } from './shape';
import { dropNeverConnectedZero, readStart, readTimezone } from './timing';
import { readGroup } from './variables';

type Kind = Shape['kind'];

function format(kind: Kind): FormatInfo {
  const info: FormatInfo = {
    id: `synthflow-${kind}`,
    vendor: 'synthflow',
    ...synthflowFormats[kind],
  };
  return kind === 'inbound' ? { ...info, event: 'call_inbound' } : info;
}

export function decodeSynthflow(value: unknown): VendorDecodeResult {
  const shape = readShape(value);
  if (shape === undefined) {
    // Only reached when called without recognise(): nothing of Synthflow's shape to read.
    return { format: format('post-call'), problems: [] };
  }
  const ctx = newContext();
  switch (shape.kind) {
    case 'inbound':
      return { format: format('inbound'), ...inboundFacts(shape.payload) };
    case 'api-list':
      return { format: format('api-list'), problems: [], facts: listFacts(shape) };
    case 'api-call':
      return {
        format: format('api-call'),
        call: decodeApiCall(shape.payload, ctx),
        problems: ctx.problems,
      };
    case 'post-call':
      return {
        format: format('post-call'),
        call: decodePostCall(shape.payload, ctx),
        problems: ctx.problems,
      };
  }
}

/** The inbound-call webhook is sent before an incoming call is answered: numbers, not a report. */
export function inboundFacts(
  payload: Record<string, unknown>,
): Pick<VendorDecodeResult, 'problems' | 'facts'> {
  const inbound = payload.call_inbound;
  if (!isPlainObject(inbound)) {
    return {
      problems: [
        {
          severity: 'warning',
          path: 'call_inbound',
          expected: problems.expected.inboundObject,
          found: describeFound(inbound),
          message: problems.inboundWithoutDetails,
        },
      ],
      facts: [],
    };
  }
  const facts: Array<{ label: string; value: string }> = [];
  for (const [key, label] of [
    ['from_number', synthflowFacts.from],
    ['to_number', synthflowFacts.to],
    ['model_id', synthflowFacts.modelId],
  ] as const) {
    const fact = Object.hasOwn(inbound, key) ? inbound[key] : undefined;
    if (typeof fact === 'string' || typeof fact === 'number')
      facts.push({ label, value: String(fact) });
  }
  return { problems: [], facts };
}

function listFacts(
  shape: Extract<Shape, { kind: 'api-list' }>,
): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [
    { label: synthflowFacts.calls, value: String(shape.calls.length) },
  ];
  const response = shape.payload.response;
  const pagination = isPlainObject(response) ? response.pagination : undefined;
  const total = isPlainObject(pagination) ? pagination.total_records : undefined;
  if (typeof total === 'number')
    facts.push({ label: synthflowFacts.totalRecords, value: String(total) });
  return facts;
}

const WEBHOOK_SHAPE = {
  status: text,
  error_message: text,
  lead: object,
  call: anything,
  executed_actions: object,
  analysis: object,
  collected_variables: anything,
  metadata: anything,
};

const LEAD_SHAPE = { name: text, phone_number: id, prompt_variables: anything };

const WEBHOOK_CALL_SHAPE = {
  status: text,
  end_call_reason: text,
  custom_end_call_reason: text,
  model_id: id,
  timezone: text,
  call_id: id,
  duration: anything,
  start_time: moment,
  transcript: text,
  recording_url: text,
  external_id: id,
};

/** Keys read by readGroup, not by readFields. */
const GROUP_KEYS: ReadonlySet<string> = new Set([
  'collected_variables',
  'metadata',
  'prompt_variables',
]);

/** Synthflow's post-call webhook: sent once to `external_webhook_url` when a call ends. */
function decodePostCall(payload: Record<string, unknown>, ctx: DecodeContext): CallRecord {
  const top = readFields(payload, WEBHOOK_SHAPE, '', ctx);
  const lead =
    top.lead === undefined
      ? {}
      : readFields(top.lead, LEAD_SHAPE, 'lead', ctx, skipGroups(ctx, 'lead'));
  const sent = payload.call;
  if (!isPlainObject(sent)) {
    warn(ctx, {
      path: 'call',
      expected: problems.expected.callObject,
      found: describeFound(sent),
      message: problems.noCallObject,
    });
    if (sent !== undefined && sent !== null) ctx.otherFields.push({ path: 'call', value: sent });
  }
  const callObject = isPlainObject(sent) ? sent : {};
  const call = readFields(callObject, WEBHOOK_CALL_SHAPE, 'call', ctx);

  const read = readOutcome({
    ...optional('status', readStatus(top.status, call.status, ctx)),
    ...optional('endCallReason', code(call.end_call_reason, 'call.end_call_reason')),
    ...optional('errorMessage', code(top.error_message, 'error_message')),
    ...optional('customReason', code(call.custom_end_call_reason, 'call.custom_end_call_reason')),
  });
  const actions =
    top.executed_actions === undefined
      ? undefined
      : readToolCalls(top.executed_actions, 'executed_actions', ctx);
  if (actions !== undefined) read.outcome.failures.push(...actions.failures);

  const customer: Party = {};
  if (nonBlank(lead.name) !== undefined) customer.name = lead.name as string;
  if (nonBlank(lead.phone_number) !== undefined) customer.number = lead.phone_number as string;
  if (top.lead !== undefined) customer.path = 'lead';

  const timing: Timing = readTimezone(call.timezone, 'call.timezone', ctx);
  const start = readStart(call.start_time, 'call.start_time', ctx);
  if (start !== undefined) timing.start = start;
  const length = duration(call.duration, 's', 'call.duration', ctx);
  if (length !== undefined) timing.duration = length;
  dropNeverConnectedZero(timing, read.outcome, read.notes, ctx);

  const record: CallRecord = {
    vendor: 'synthflow',
    event: {},
    outcome: read.outcome,
    customer,
    agent: {},
    timing,
    transcript:
      call.transcript === undefined
        ? { state: 'missing', turns: [] }
        : transcriptFromText(call.transcript, 'call.transcript'),
    toolCalls: actions?.toolCalls ?? [],
    costs: [],
    analysis:
      top.analysis === undefined ? emptyAnalysis() : readJudgements(top.analysis, 'analysis'),
    variables: [
      readGroup('collected', payload, 'collected_variables', '', ctx),
      top.lead === undefined
        ? undefined
        : readGroup('prompt', top.lead, 'prompt_variables', 'lead', ctx),
      readGroup('metadata', payload, 'metadata', '', ctx),
    ].filter((group) => group !== undefined),
    recordings: [],
    ids: ids([
      ['call', call.call_id, 'call.call_id'],
      ['model', call.model_id, 'call.model_id'],
      ['external', call.external_id, 'call.external_id'],
    ]),
    notes: read.notes,
    otherFields: ctx.otherFields,
  };
  if (nonBlank(call.call_id) !== undefined) record.callKey = call.call_id as string;
  const audio = recording('recording', call.recording_url, 'call.recording_url', ctx);
  if (audio !== undefined) record.recordings.push(audio);
  return record;
}

const API_SHAPE = {
  call_id: id,
  model_id: id,
  call_status: text,
  end_call_reason: text,
  custom_end_call_reason: text,
  error_message: text,
  start_time: moment,
  duration: anything,
  telephony_duration: anything,
  timezone: text,
  transcript: text,
  recording_url: text,
  lead_name: text,
  name: text,
  lead_phone_number: id,
  phone_number_from: id,
  phone_number_to: id,
  agent_phone_number: id,
  type_of_call: text,
  executed_actions: anything,
  judge_results: object,
  collected_variables: anything,
  prompt_variables: anything,
  telephony_hangup: text,
  telephony_disconnect_reason: text,
  assistant_version: id,
};

/**
 * One call as the calls API returns it (GET /v2/calls, /v2/calls/{id}): flat, with `call_status`,
 * `start_time` as epoch ms text, `duration` in seconds (sometimes text) and `telephony_duration`
 * in ms, `judge_results` in place of `analysis`, and the numbers and direction the webhook lacks.
 */
function decodeApiCall(payload: Record<string, unknown>, ctx: DecodeContext): CallRecord {
  const f = readFields(payload, API_SHAPE, '', ctx, skipGroups(ctx, ''));
  const keep = keepAsOtherField(ctx, '');
  const details: Array<{ kind: string; raw: string; path: string }> = [];
  for (const [kind, key] of [
    ['telephonyHangup', 'telephony_hangup'],
    ['telephonyDisconnectReason', 'telephony_disconnect_reason'],
  ] as const) {
    const found = code(f[key], key);
    if (found !== undefined) details.push({ kind, ...found });
  }
  const read = readOutcome({
    ...optional('status', code(f.call_status, 'call_status')),
    ...optional('endCallReason', code(f.end_call_reason, 'end_call_reason')),
    ...optional('errorMessage', code(f.error_message, 'error_message')),
    ...optional('customReason', code(f.custom_end_call_reason, 'custom_end_call_reason')),
    details,
  });
  const actions = readApiActions(f.executed_actions, ctx);
  read.outcome.failures.push(...actions.failures);

  const timing = apiTiming(f, read.notes, keep, ctx);
  dropNeverConnectedZero(timing, read.outcome, read.notes, ctx);
  const direction = readDirection(f.type_of_call, keep);
  const { customer, agent } = apiParties(f, direction, keep);

  const record: CallRecord = {
    vendor: 'synthflow',
    event: {},
    outcome: read.outcome,
    customer,
    agent,
    timing,
    transcript:
      f.transcript === undefined
        ? { state: 'missing', turns: [] }
        : transcriptFromText(f.transcript, 'transcript'),
    toolCalls: actions.toolCalls,
    costs: [],
    analysis:
      f.judge_results === undefined
        ? emptyAnalysis()
        : readJudgements(f.judge_results, 'judge_results'),
    variables: [
      readGroup('collected', payload, 'collected_variables', '', ctx),
      readGroup('prompt', payload, 'prompt_variables', '', ctx),
    ].filter((group) => group !== undefined),
    recordings: [],
    ids: ids([
      ['call', f.call_id, 'call_id'],
      ['model', f.model_id, 'model_id'],
      ['agent-version', f.assistant_version, 'assistant_version'],
    ]),
    notes: read.notes,
    otherFields: ctx.otherFields,
  };
  if (direction !== undefined) record.direction = direction;
  if (nonBlank(f.call_id) !== undefined) record.callKey = f.call_id as string;
  const audio = recording('recording', f.recording_url, 'recording_url', ctx);
  if (audio !== undefined) record.recordings.push(audio);
  return record;
}

type ApiFields = ReturnType<typeof readFields<typeof API_SHAPE>>;
type Keep = (key: string, value: unknown) => void;

/** The API sends `{}` (or `[]` when there were none) where the webhook sends an object. */
function readApiActions(value: unknown, ctx: DecodeContext) {
  if (isPlainObject(value)) return readToolCalls(value, 'executed_actions', ctx);
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
    warnWrongType(ctx, 'executed_actions', problems.expected.object, value);
    ctx.otherFields.push({ path: 'executed_actions', value });
  }
  return { toolCalls: [], failures: [] };
}

function readDirection(typeOfCall: string | undefined, keep: Keep): Direction | undefined {
  if (typeOfCall === 'inbound' || typeOfCall === 'outbound') return typeOfCall;
  if (typeOfCall !== undefined) keep('type_of_call', typeOfCall);
  return undefined;
}

/**
 * The lead is the customer (`lead_name`, else `name`; `lead_phone_number`), the agent has
 * `agent_phone_number`. Without those, `phone_number_from`/`_to` are assigned by direction;
 * numbers that cannot be assigned stay under Other fields.
 */
function apiParties(
  f: ApiFields,
  direction: Direction | undefined,
  keep: Keep,
): { customer: Party; agent: Party } {
  const customer: Party = {};
  const agent: Party = {};
  const name = nonBlank(f.lead_name) ?? nonBlank(f.name);
  if (name !== undefined) customer.name = name;
  const byDirection = (inbound: 'phone_number_from' | 'phone_number_to') =>
    direction === undefined
      ? undefined
      : direction === 'inbound'
        ? inbound
        : inbound === 'phone_number_from'
          ? 'phone_number_to'
          : 'phone_number_from';
  const customerKey =
    nonBlank(f.lead_phone_number) !== undefined
      ? 'lead_phone_number'
      : byDirection('phone_number_from');
  const agentKey =
    nonBlank(f.agent_phone_number) !== undefined
      ? 'agent_phone_number'
      : byDirection('phone_number_to');
  for (const [party, key] of [
    [customer, customerKey],
    [agent, agentKey],
  ] as const) {
    const number = key === undefined ? undefined : nonBlank(f[key]);
    if (key !== undefined && number !== undefined) {
      party.number = number;
      party.path = key;
    }
  }
  for (const key of ['phone_number_from', 'phone_number_to'] as const) {
    if (f[key] !== undefined && key !== customerKey && key !== agentKey) keep(key, f[key]);
  }
  return { customer, agent };
}

/**
 * `duration` is seconds (often as text); `telephony_duration` is the telephony leg in ms, used
 * only when no duration was sent (with a note), else kept under Other fields.
 */
function apiTiming(f: ApiFields, notes: Note[], keep: Keep, ctx: DecodeContext): Timing {
  const timing: Timing = readTimezone(f.timezone, 'timezone', ctx);
  const start = readStart(f.start_time, 'start_time', ctx);
  if (start !== undefined) timing.start = start;
  const length = duration(f.duration, 's', 'duration', ctx);
  if (length !== undefined) {
    timing.duration = length;
    if (f.telephony_duration !== undefined) keep('telephony_duration', f.telephony_duration);
    return timing;
  }
  const telephony = duration(f.telephony_duration, 'ms', 'telephony_duration', ctx);
  if (telephony !== undefined) {
    timing.duration = telephony;
    notes.push({
      kind: 'synthflow.duration-from-telephony',
      path: 'telephony_duration',
      values: { path: 'telephony_duration' },
    });
  }
  return timing;
}

/** Fields kept for readGroup are not Other fields; everything else unplaced is. */
function skipGroups(ctx: DecodeContext, path: string): Keep {
  const keep = keepAsOtherField(ctx, path);
  return (key, value) => {
    if (!GROUP_KEYS.has(key)) keep(key, value);
  };
}

function ids(entries: Array<[string, string | undefined, string]>): CallId[] {
  return entries
    .filter((entry): entry is [string, string, string] => nonBlank(entry[1]) !== undefined)
    .map(([kind, value, path]) => ({ kind, value, path }));
}

/** `{key: value}` when the value is set, else `{}`: for optional properties under exactOptionalPropertyTypes. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
