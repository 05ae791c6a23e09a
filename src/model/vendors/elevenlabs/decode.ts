import { problems } from '../../../strings';
import {
  elevenlabsConversationFormat,
  elevenlabsFacts,
  elevenlabsFormat,
  elevenlabsProblems,
} from '../../../strings/glossary/elevenlabs';
import type { FormatInfo } from '../../call-record';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  type FieldValues,
  field,
  isPlainObject,
  newContext,
  readFields,
} from '../../lenient';
import { type CallRecord, type Direction, emptyAnalysis } from '../../record';
import { anything, id, object, text } from '../../schemas';
import { z } from '../../zod';
import { code, epoch } from '../read';
import type { VendorDecodeResult } from '../vendor-decoder';
import { readAnalysis } from './analysis';
import { readAudio } from './audio';
import { type ElevenLabsEvent, isElevenLabsEvent } from './codes';
import { isBareConversation, readEnvelope } from './envelope';
import { readInitiationFailure } from './initiation-failure';
import { readMetadata } from './metadata';
import { readOutcome, transferTarget } from './outcome';
import { readTranscript } from './transcript';
import { readClientData } from './variables';

const list = field(z.array(z.unknown()), problems.expected.list);

/** Ids every event's `data` carries, by id kind. */
const ID_KINDS = {
  conversation_id: 'conversation',
  agent_id: 'agent',
  version_id: 'agent-version',
  branch_id: 'branch',
  user_id: 'user',
} as const;

const IDS = {
  conversation_id: id,
  agent_id: id,
  version_id: id,
  branch_id: id,
  user_id: id,
};

const SHAPES = {
  post_call_transcription: {
    ...IDS,
    agent_name: text,
    status: text,
    transcript: list,
    metadata: object,
    analysis: object,
    conversation_initiation_client_data: object,
  },
  post_call_audio: { ...IDS, full_audio: anything },
  call_initiation_failure: { ...IDS, failure_reason: text, metadata: object },
};

const ALL_FIELDS = {
  ...SHAPES.post_call_transcription,
  ...SHAPES.post_call_audio,
  ...SHAPES.call_initiation_failure,
};

/** Conversation sources that are a browser or app, not a phone line (SDK ConversationInitiationSource). */
const WEB_SOURCE = /(?:_sdk|^widget)$/;

export function decodeElevenLabs(value: unknown): VendorDecodeResult {
  const ctx = newContext();
  if (isBareConversation(value)) {
    const call = decodeEvent('post_call_transcription', value, '', {}, ctx);
    return { format: conversationFormat(), call, problems: ctx.problems };
  }
  const envelope = readEnvelope(value);
  if (envelope === undefined || !isPlainObject(value)) {
    // Only reached when called without recognise(): nothing of ElevenLabs' shape to read.
    return { format: format('unknown'), problems: [] };
  }
  for (const key of Object.keys(value)) {
    const placed = key === 'type' || key === 'event_timestamp' || key === 'data';
    if (!placed || (key === 'data' && envelope.data === undefined)) {
      ctx.otherFields.push({ path: childPath('', key), value: value[key] });
    }
  }
  const event: CallRecord['event'] = { raw: envelope.type, path: 'type' };
  const at = epoch(value.event_timestamp, 's', 'event_timestamp', ctx);
  if (at !== undefined) event.atMs = at.ms;

  if (!isElevenLabsEvent(envelope.type)) {
    return { format: format(envelope.type), problems: ctx.problems, facts: facts(envelope.data) };
  }
  if (envelope.data === undefined) {
    // An error, not a warning: without `data` there is nothing of the call to show.
    ctx.problems.push({
      severity: 'error',
      path: 'data',
      expected: problems.expected.object,
      found: problems.found.nothing,
      message: elevenlabsProblems.noData,
    });
    return { format: format(envelope.type), problems: ctx.problems };
  }
  const call = decodeEvent(envelope.type, envelope.data, 'data', event, ctx);
  return { format: format(envelope.type), call, problems: ctx.problems };
}

function format(event: string): FormatInfo {
  return { id: `elevenlabs-${event}`, vendor: 'elevenlabs', event, ...elevenlabsFormat(event) };
}

function conversationFormat(): FormatInfo {
  return { id: 'elevenlabs-conversation', vendor: 'elevenlabs', ...elevenlabsConversationFormat };
}

function facts(data: Record<string, unknown> | undefined): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  for (const key of ['conversation_id', 'agent_id', 'status'] as const) {
    const raw = data?.[key];
    if (typeof raw === 'string' && raw.trim() !== '') {
      out.push({ label: elevenlabsFacts[key], value: raw });
    }
  }
  return out;
}

function emptyRecord(event: CallRecord['event'], ctx: DecodeContext): CallRecord {
  return {
    vendor: 'elevenlabs',
    event,
    outcome: { category: 'unknown', details: [], failures: [] },
    customer: {},
    agent: {},
    timing: { timezoneValid: true },
    transcript: { state: 'missing', turns: [] },
    toolCalls: [],
    costs: [],
    analysis: emptyAnalysis(),
    variables: [],
    recordings: [],
    ids: [],
    notes: [],
    otherFields: ctx.otherFields,
  };
}

function decodeEvent(
  type: ElevenLabsEvent,
  data: Record<string, unknown>,
  path: string,
  event: CallRecord['event'],
  ctx: DecodeContext,
): CallRecord {
  const at = (key: string) => childPath(path, key);
  // Each event reads only its own fields; any other key goes to Other fields, as sent.
  const f: FieldValues<typeof ALL_FIELDS> = readFields(data, SHAPES[type], path, ctx);
  const record = emptyRecord(event, ctx);
  if (f.conversation_id !== undefined) record.callKey = f.conversation_id;
  for (const key of Object.keys(ID_KINDS) as Array<keyof typeof ID_KINDS>) {
    const value = f[key];
    if (value !== undefined && value.trim() !== '') {
      record.ids.push({ kind: ID_KINDS[key], value, path: at(key) });
    }
  }
  if (f.agent_name !== undefined) record.agent.name = f.agent_name;

  if (type === 'post_call_audio') {
    const audio = readAudio(f.full_audio, at('full_audio'), ctx);
    if (audio !== undefined) record.audio = audio;
    record.notes.push({ kind: 'elevenlabs.audio-only' });
    return record;
  }
  if (type === 'call_initiation_failure') {
    const failure = readInitiationFailure(
      code(f.failure_reason, at('failure_reason')),
      f.metadata,
      at('metadata'),
      ctx,
    );
    record.outcome = failure.outcome;
    Object.assign(record.customer, failure.customer);
    Object.assign(record.agent, failure.agent);
    record.ids.push(...failure.ids);
    // Initiation failures are outbound calls only (docs: "outbound call made via Twilio or SIP").
    record.direction = 'outbound';
    return record;
  }

  const read =
    f.transcript === undefined ? undefined : readTranscript(f.transcript, at('transcript'), ctx);
  if (read !== undefined) {
    record.transcript = read.transcript;
    record.toolCalls = read.toolCalls;
  } else if (Object.hasOwn(data, 'transcript')) {
    record.transcript = { state: 'empty', path: at('transcript'), turns: [] };
  }
  const metadata =
    f.metadata === undefined ? undefined : readMetadata(f.metadata, at('metadata'), ctx);
  record.outcome = readOutcome(code(f.status, at('status')), metadata, record.toolCalls);
  const target = transferTarget(record.toolCalls);
  if (target !== undefined) record.transferTarget = target;
  if (metadata !== undefined) {
    record.timing = metadata.timing;
    record.costs = metadata.costs;
    Object.assign(record.customer, metadata.customer);
    Object.assign(record.agent, metadata.agent);
    record.ids.push(...metadata.ids);
  }
  const direction = metadata?.direction ?? webDirection(f.metadata);
  if (direction !== undefined) record.direction = direction;
  if (f.analysis !== undefined) record.analysis = readAnalysis(f.analysis, at('analysis'), ctx);
  if (f.conversation_initiation_client_data !== undefined) {
    const client = readClientData(
      f.conversation_initiation_client_data,
      at('conversation_initiation_client_data'),
      ctx,
    );
    record.variables = client.groups;
    if (client.name !== undefined) {
      record.customer.name = client.name.value;
      record.notes.push(client.name.note);
    }
  }
  return record;
}

/** No phone call, and started from an SDK or the widget: a browser or app conversation. */
function webDirection(metadata: Record<string, unknown> | undefined): Direction | undefined {
  if (metadata === undefined || isPlainObject(metadata.phone_call)) return undefined;
  const source = metadata.conversation_initiation_source;
  return typeof source === 'string' && WEB_SOURCE.test(source) ? 'web' : undefined;
}
