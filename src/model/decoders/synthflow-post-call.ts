import { glossary, problems } from '../../strings';
import type { CallRecord, Glossed, Transcript } from '../call-record';
import { statusInfo } from '../codes';
import { describeFound, shorten } from '../json/describe';
import {
  type DecodeContext,
  isPlainObject,
  newContext,
  nonBlank,
  readFields,
  warn,
} from '../lenient';
import { id, moment, object, seconds, text } from '../schemas';
import { readActions } from '../synthflow/actions';
import { readAnalysis } from '../synthflow/analysis';
import { readCollectedVariables } from '../synthflow/collected-variables';
import { resolveEndReason } from '../synthflow/end-reason';
import { readTiming } from '../synthflow/timing';
import { parseTranscript } from '../transcript';
import { isSafeHttpUrl } from '../vendors/read';
import type { PayloadDecoder } from './decoder';

const topShape = {
  status: text,
  error_message: text,
  lead: object,
  call: object,
  executed_actions: object,
  analysis: object,
  collected_variables: object,
  metadata: object,
};

const leadShape = { name: text, phone_number: id, prompt_variables: object };

const callShape = {
  status: text,
  end_call_reason: text,
  custom_end_call_reason: text,
  model_id: id,
  timezone: text,
  call_id: id,
  duration: seconds,
  start_time: moment,
  transcript: text,
  recording_url: text,
  external_id: id,
};

/** Top-level keys only Synthflow's post-call webhook has together; it has no `event` key. */
const MARKERS = ['call', 'lead', 'executed_actions', 'analysis', 'collected_variables'];

/** Synthflow's post-call webhook: sent once to `external_webhook_url` when a call ends. */
export const synthflowPostCall: PayloadDecoder = {
  format: { id: 'synthflow-post-call', ...glossary.formats.synthflowPostCall },

  matches(value) {
    if (!isPlainObject(value) || Object.hasOwn(value, 'event')) return false;
    if (Object.hasOwn(value, 'call') && isPlainObject(value.call)) return true;
    return MARKERS.filter((key) => Object.hasOwn(value, key)).length >= 2;
  },

  decode(value) {
    const ctx = newContext();
    const payload = isPlainObject(value) ? value : {};
    return { call: decodePostCall(payload, ctx), problems: ctx.problems };
  },
};

function decodePostCall(payload: Record<string, unknown>, ctx: DecodeContext): CallRecord {
  const top = readFields(payload, topShape, '', ctx);
  const lead = top.lead === undefined ? {} : readFields(top.lead, leadShape, 'lead', ctx);
  const sentCall = Object.hasOwn(payload, 'call') ? payload.call : undefined;
  if (sentCall === undefined || sentCall === null) {
    warn(ctx, {
      path: 'call',
      expected: problems.expected.callObject,
      found: describeFound(sentCall),
      message: problems.noCallObject,
    });
  }
  const call = top.call === undefined ? {} : readFields(top.call, callShape, 'call', ctx);

  const errorMessage = nonBlank(top.error_message);
  const endReason = resolveEndReason(
    nonBlank(call.end_call_reason),
    errorMessage,
    nonBlank(call.custom_end_call_reason),
  );
  if (errorMessage !== undefined && endReason?.source !== 'error_message') {
    ctx.otherFields.push({ path: 'error_message', value: top.error_message });
  }

  return {
    vendor: 'synthflow',
    status: readStatus(nonBlank(top.status), nonBlank(call.status), ctx),
    endReason,
    lead: {
      name: nonBlank(lead.name),
      phone: nonBlank(lead.phone_number),
      promptVariables: lead.prompt_variables ?? {},
    },
    timing: readTiming(call, ctx),
    ids: {
      callId: nonBlank(call.call_id),
      modelId: nonBlank(call.model_id),
      externalId: nonBlank(call.external_id),
    },
    recording: readRecording(nonBlank(call.recording_url), ctx),
    transcript: readTranscript(call.transcript),
    actions:
      top.executed_actions === undefined
        ? []
        : readActions(top.executed_actions, 'executed_actions', ctx),
    analysis: top.analysis === undefined ? [] : readAnalysis(top.analysis),
    collectedVariables:
      payload.collected_variables === null
        ? null
        : top.collected_variables === undefined
          ? []
          : readCollectedVariables(top.collected_variables, 'collected_variables', ctx),
    metadata: top.metadata,
    otherFields: ctx.otherFields,
  };
}

/** call.status wins; the top-level copy is a fallback, and a disagreement is worth a warning. */
function readStatus(
  topLevel: string | undefined,
  call: string | undefined,
  ctx: DecodeContext,
): Glossed | undefined {
  if (topLevel !== undefined && call !== undefined && !sameCode(topLevel, call)) {
    warn(ctx, {
      path: 'status',
      expected: problems.expected.sameStatus(shorten(call)),
      found: describeFound(topLevel),
      message: problems.statusMismatch(shorten(topLevel), shorten(call)),
    });
  }
  const raw = call ?? topLevel;
  return raw === undefined ? undefined : statusInfo(raw);
}

function sameCode(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function readRecording(url: string | undefined, ctx: DecodeContext): CallRecord['recording'] {
  if (url === undefined) return undefined;
  const safe = isSafeHttpUrl(url);
  if (!safe) {
    warn(ctx, {
      path: 'call.recording_url',
      expected: problems.expected.httpUrl,
      found: describeFound(url),
      message: problems.unsafeRecordingUrl(shorten(url)),
    });
  }
  return { url, safe };
}

function readTranscript(raw: string | undefined): Transcript {
  return raw === undefined ? { state: 'missing', raw: '', turns: [] } : parseTranscript(raw);
}
