import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  field,
  isPlainObject,
  keepAsOtherField,
  readFields,
} from '../../lenient';
import type { CallRecord, Note, Timing, Transcript } from '../../record';
import { anything, object, text } from '../../schemas';
import { z } from '../../zod';
import { code, duration, moment, numberOf } from '../read';
import { readAnalysis, readStructuredOutputs } from './analysis';
import { readCost } from './cost';
import { readOutcome } from './outcome';
import { CALL_KEYS, readParties } from './parties';
import { RECORDING_KEYS, readRecordings } from './recordings';
import { readTranscript } from './transcript';
import { readTransfers } from './transfers';

const list = field(z.array(z.unknown()), problems.expected.list);

/**
 * The message fields this decoder places (ServerMessageEndOfCallReport and -StatusUpdate, plus
 * the fields real reports carry outside the spec); everything else goes to Other fields.
 */
const SHAPE = {
  type: text,
  timestamp: anything,
  status: text,
  endedReason: text,
  startedAt: anything,
  endedAt: anything,
  durationSeconds: anything,
  durationMs: anything,
  durationMinutes: anything,
  cost: anything,
  costBreakdown: anything,
  analysis: object,
  artifact: object,
  call: object,
  customer: object,
  phoneNumber: object,
  assistant: object,
  destination: object,
  summary: text,
  transcript: text,
  messages: list,
};

/** The artifact fields read here; recordings are read from the same object by recordings.ts. */
const ARTIFACT_SHAPE = {
  messages: list,
  transcript: text,
  variableValues: object,
  variables: object,
  transfers: list,
  structuredOutputs: object,
};

/** Duration fields real reports carry although the spec has none (V-I26), best first. */
const DURATIONS = [
  ['durationSeconds', 's'],
  ['durationMs', 'ms'],
  ['durationMinutes', 'min'],
] as const;

/**
 * An end-of-call report, or a `status-update` with status "ended", as a call; with `bareCall`, a
 * Call object as the API returns it (GET /call/:id: the same fields, with `id`, `orgId`, `type`
 * at its top and its real final status). The outcome comes
 * from `endedReason` (and a status-update's own `status`), never from `message.call.status`:
 * that object is a snapshot from when the call was created (vendor-formats.md §1 quirk 1).
 */
export function decodeCall(
  message: Record<string, unknown>,
  path: string,
  event: CallRecord['event'],
  ctx: DecodeContext,
  bareCall = false,
): CallRecord {
  const keep = keepAsOtherField(ctx, path);
  const at = (key: string) => childPath(path, key);
  const f = readFields(message, SHAPE, path, ctx, (key, value) => {
    if (!RECORDING_KEYS.has(key) && !(bareCall && CALL_KEYS.has(key))) keep(key, value);
  });
  const artifactPath = at('artifact');
  const artifact = f.artifact ?? {};
  const a = readFields(artifact, ARTIFACT_SHAPE, artifactPath, ctx, (key, value) => {
    if (!RECORDING_KEYS.has(key)) keepAsOtherField(ctx, artifactPath)(key, value);
  });
  const atArtifact = (key: string) => childPath(artifactPath, key);

  // A status-update's status and a bare call object's are real; the report's is not read.
  const ownStatus = bareCall || event.raw === 'status-update';
  const status = ownStatus ? code(f.status, at('status')) : undefined;
  if (!ownStatus && f.status !== undefined) keep('status', f.status);
  const outcome = readOutcome(status, code(f.endedReason, at('endedReason')));

  const read = readTranscript(
    [
      { value: a.messages, path: atArtifact('messages') },
      { value: f.messages, path: at('messages') },
    ],
    [
      { value: a.transcript, path: atArtifact('transcript') },
      { value: f.transcript, path: at('transcript') },
    ],
    ctx,
  );
  for (const tool of read.toolCalls) {
    if (tool.status === 'failed') {
      outcome.failures.push({ kind: 'tool-failed', subject: tool.name, path: tool.path });
    }
  }

  const parties = readParties(
    bareCall ? { ...f, call: message, callIsMessage: true } : f,
    path,
    outcome,
    ctx,
  );
  const timing = readTiming(f, at, keep, ctx);
  const notes: Note[] = [...parties.notes];
  const early = offsetsBeforeStart(read.transcript, timing, [a.messages, f.messages]);
  if (early !== undefined) notes.push(early);
  const transfers = readTransfers(a.transfers, atArtifact('transfers'), outcome, ctx);
  const transferTarget = parties.transferTarget ?? transfers.target;

  const summary =
    f.summary === undefined || f.summary.trim() === ''
      ? undefined
      : { text: f.summary, path: at('summary') };
  const analysis = readAnalysis(f.analysis, at('analysis'), summary, ctx);
  if (a.structuredOutputs !== undefined) {
    readStructuredOutputs(a.structuredOutputs, atArtifact('structuredOutputs'), analysis, ctx);
  }
  // The legacy message-level summary is a copy unless it is the one shown.
  if (f.summary !== undefined && (summary === undefined || analysis.summary !== summary)) {
    keep('summary', f.summary);
  }

  const record: CallRecord = {
    vendor: 'vapi',
    event,
    outcome,
    customer: parties.customer,
    agent: parties.agent,
    timing,
    transcript: read.transcript,
    toolCalls: read.toolCalls,
    costs: [],
    analysis,
    variables: [],
    recordings: readRecordings(
      [
        { value: artifact, path: artifactPath },
        { value: message, path },
      ],
      ctx,
    ),
    ids: parties.ids,
    notes,
    otherFields: ctx.otherFields,
  };
  if (parties.callKey !== undefined) record.callKey = parties.callKey;
  if (parties.direction !== undefined) record.direction = parties.direction;
  if (transferTarget !== undefined) record.transferTarget = transferTarget;
  const cost = readCost(f.cost, f.costBreakdown, path, ctx);
  if (cost !== undefined) record.costs.push(cost);
  for (const key of ['variableValues', 'variables'] as const) {
    const values = a[key];
    if (values !== undefined && Object.keys(values).length > 0) {
      record.variables.push({
        kind: 'variables',
        path: atArtifact(key),
        entries: Object.keys(values).map((name) => ({ name, value: values[name] })),
      });
    } else if (values !== undefined) {
      keepAsOtherField(ctx, artifactPath)(key, values);
    }
  }
  record.variables.push(...parties.variables);
  return record;
}

type Fields = ReturnType<typeof readFields<typeof SHAPE>>;

/** ISO `startedAt`/`endedAt`; the first duration field sent (the others repeat it). */
function readTiming(
  f: Fields,
  at: (key: string) => string,
  keep: (key: string, value: unknown) => void,
  ctx: DecodeContext,
): Timing {
  const timing: Timing = { timezoneValid: true };
  const start = moment(f.startedAt, at('startedAt'), ctx);
  const end = moment(f.endedAt, at('endedAt'), ctx);
  if (start !== undefined) timing.start = start;
  if (end !== undefined) timing.end = end;
  for (const [key, unit] of DURATIONS) {
    const raw = f[key];
    if (raw === undefined) continue;
    if (timing.duration !== undefined) {
      keep(key, raw);
      continue;
    }
    const length = duration(raw, unit, at(key), ctx);
    if (length !== undefined) timing.duration = length;
  }
  return timing;
}

/** Turn times further than this before `startedAt` are worth a note (the web call capture: 4.8 s). */
const EARLY_MS = 1000;

/**
 * `secondsFromStart` counts from the first message Vapi logged (the system prompt), which on web
 * calls comes seconds before `startedAt` (vendor-formats.md §1 quirk 4): a note says by how much,
 * from that message's own `time` (epoch ms).
 */
function offsetsBeforeStart(
  transcript: Transcript,
  timing: Timing,
  lists: Array<unknown[] | undefined>,
): Note | undefined {
  const list = lists.find((candidate) => candidate !== undefined && candidate.length > 0);
  const first = list?.[0];
  const time = isPlainObject(first) ? numberOf(first.time) : undefined;
  if (time === undefined || timing.start === undefined || transcript.path === undefined) {
    return undefined;
  }
  const gap = timing.start.ms - time;
  if (gap <= EARLY_MS) return undefined;
  return {
    kind: 'vapi.offsets-before-start',
    path: transcript.path,
    values: { seconds: (gap / 1000).toFixed(1), path: transcript.path },
  };
}
