import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField, warnWrongType } from '../../lenient';
import type { CallId, Code, Outcome, OutcomeCategory, Party } from '../../record';
import { code } from '../read';
import { FAILURE_REASONS, SIP_CATEGORY, TWILIO_STATUS } from './codes';

/**
 * `call_initiation_failure`: an outbound call that never connected (busy, not picked up,
 * connection error; not sent for voicemail pickups, docs). `metadata.type` says whose body
 * follows: `twilio` (Twilio's StatusCallback, every value a string) or `sip` (`sip_status_code`
 * as a number, `error_reason`, numbers that the docs type as numbers but send as strings).
 */

/** Body fields by provider: where the numbers, ids and outcome codes are. */
const BODY = {
  twilio: {
    to: 'To',
    from: 'From',
    sipCode: 'SipResponseCode',
    ids: { CallSid: 'telephony', AccountSid: 'account' },
    details: { CallStatus: 'twilioStatus' },
  },
  sip: {
    to: 'to_number',
    from: 'from_number',
    sipCode: 'sip_status_code',
    ids: { call_sid: 'telephony' },
    details: { sip_status: 'sipStatus', error_reason: 'errorReason', twirp_code: 'twirpCode' },
  },
} as const;

export interface FailureRead {
  outcome: Outcome;
  customer: Party;
  agent: Party;
  ids: CallId[];
}

/** A string, or a number sent where text belongs (SIP numbers and codes): as text. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function readInitiationFailure(
  reason: Code | undefined,
  metadata: Record<string, unknown> | undefined,
  path: string,
  ctx: DecodeContext,
): FailureRead {
  const read: FailureRead = {
    outcome: { category: 'not-connected', details: [], failures: [] },
    customer: {},
    agent: {},
    ids: [],
  };
  const { outcome } = read;
  if (reason !== undefined) outcome.endReason = reason;
  const type = metadata === undefined ? undefined : code(metadata.type, childPath(path, 'type'));
  if (metadata !== undefined && metadata.type !== undefined && typeof metadata.type !== 'string') {
    warnWrongType(ctx, childPath(path, 'type'), problems.expected.text, metadata.type);
  }
  if (type !== undefined) outcome.details.push({ kind: 'telephony', ...type });
  const body = metadata?.body;
  const bodyPath = childPath(path, 'body');
  const fields = type?.raw === 'twilio' || type?.raw === 'sip' ? BODY[type.raw] : undefined;
  let sipCode: Code | undefined;
  let twilioStatus: string | undefined;
  if (metadata !== undefined) {
    const keep = keepAsOtherField(ctx, path);
    for (const key of Object.keys(metadata)) {
      const placed =
        key === 'type'
          ? type !== undefined
          : key === 'body' && fields !== undefined && isPlainObject(body);
      if (!placed) keep(key, metadata[key]);
    }
  }
  if (fields !== undefined && isPlainObject(body)) {
    const keep = keepAsOtherField(ctx, bodyPath);
    const ids: Readonly<Record<string, string>> = fields.ids;
    const details: Readonly<Record<string, string>> = fields.details;
    const known = new Set([
      fields.to,
      fields.from,
      fields.sipCode,
      ...Object.keys(ids),
      ...Object.keys(details),
    ]);
    for (const key of Object.keys(body)) {
      const value = textOf(body[key]);
      const at = childPath(bodyPath, key);
      if (value === undefined) {
        if (known.has(key) && body[key] !== null && body[key] !== '') {
          warnWrongType(ctx, at, problems.expected.text, body[key]);
        }
        keep(key, body[key]);
      } else if (key === fields.to) Object.assign(read.customer, { number: value, path: at });
      else if (key === fields.from) Object.assign(read.agent, { number: value, path: at });
      else if (key === fields.sipCode) sipCode = { raw: value, path: at };
      else if (Object.hasOwn(ids, key))
        read.ids.push({ kind: ids[key] as string, value, path: at });
      else if (Object.hasOwn(details, key)) {
        outcome.details.push({ kind: details[key] as string, raw: value, path: at });
        if (key === 'CallStatus') twilioStatus = value.trim().toLowerCase();
      } else keep(key, body[key]);
    }
  }
  if (sipCode !== undefined) outcome.details.push({ kind: 'sipCode', ...sipCode });
  outcome.category = category(reason, twilioStatus, sipCode);
  const cause = reason ?? sipCode;
  outcome.failures.push(
    cause === undefined
      ? { kind: 'not-connected', path: 'type' }
      : { kind: 'not-connected', code: cause.raw, path: cause.path },
  );
  return read;
}

/**
 * `failure_reason` decides, unless it is "unknown" or missing: then Twilio's final CallStatus,
 * then the SIP code say whether the line was busy or nobody answered.
 */
function category(
  reason: Code | undefined,
  twilioStatus: string | undefined,
  sipCode: Code | undefined,
): OutcomeCategory {
  const raw = reason?.raw.trim().toLowerCase();
  if (raw !== undefined && raw !== 'unknown' && Object.hasOwn(FAILURE_REASONS, raw)) {
    return FAILURE_REASONS[raw] ?? 'not-connected';
  }
  if (twilioStatus !== undefined && Object.hasOwn(TWILIO_STATUS, twilioStatus)) {
    return TWILIO_STATUS[twilioStatus] ?? 'not-connected';
  }
  if (sipCode !== undefined && Object.hasOwn(SIP_CATEGORY, sipCode.raw.trim())) {
    return SIP_CATEGORY[sipCode.raw.trim()] ?? 'not-connected';
  }
  return 'not-connected';
}
