import { problems } from '../../../strings';
import { elevenlabsExpected } from '../../../strings/glossary/elevenlabs';
import { childPath } from '../../json/path';
import { type DecodeContext, keepAsOtherField, readFields, warnWrongType } from '../../lenient';
import type { CallId, Code, Cost, Direction, Party, Timing } from '../../record';
import { anything, object, text } from '../../schemas';
import { isKnownTimeZone } from '../../time';
import { code, duration, epoch } from '../read';

/** The `metadata` fields placed in the record; the rest go to Other fields by path. */
const SHAPE = {
  start_time_unix_secs: anything,
  call_duration_secs: anything,
  cost: anything,
  cost_fiat: anything,
  charging: object,
  phone_call: object,
  termination_reason: text,
  error: object,
  batch_call: object,
  timezone: text,
};

export interface MetadataRead {
  timing: Timing;
  costs: Cost[];
  customer: Party;
  agent: Party;
  direction?: Direction;
  termination?: Code;
  error?: { code?: Code; reason?: Code };
  telephony?: Code;
  ids: CallId[];
}

export function readMetadata(
  metadata: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): MetadataRead {
  const f = readFields(metadata, SHAPE, path, ctx);
  const at = (key: string) => childPath(path, key);
  const read: MetadataRead = {
    timing: { timezoneValid: true },
    costs: [],
    customer: {},
    agent: {},
    ids: [],
  };
  const start = epoch(f.start_time_unix_secs, 's', at('start_time_unix_secs'), ctx);
  if (start !== undefined) read.timing.start = start;
  const length = duration(f.call_duration_secs, 's', at('call_duration_secs'), ctx);
  if (length !== undefined) read.timing.duration = length;
  // `timezone` (2026 SDK): the zone the conversation ran in, kept even when unknown here.
  if (f.timezone !== undefined && f.timezone.trim() !== '') {
    read.timing.timezone = f.timezone;
    read.timing.timezoneValid = isKnownTimeZone(f.timezone);
  }

  const charging = f.charging ?? {};
  const chargingPath = at('charging');
  const placedCharges = new Set<string>();
  const credits = money(f.cost, 'credits', at('cost'), ctx);
  if (credits !== undefined) {
    // llm_charge + call_charge add up to `cost` in captures (E-R2: 111 + 15 = 126).
    credits.breakdown = parts(charging, ['llm_charge', 'call_charge'], placedCharges);
    read.costs.push(credits);
  }
  const usd = money(f.cost_fiat, 'usd', at('cost_fiat'), ctx);
  if (usd !== undefined) {
    // llm_price + platform_price add up to `cost_fiat` (E-R2: 0.0220345 + 0.003 = 0.0250345).
    usd.breakdown = parts(charging, ['llm_price', 'platform_price'], placedCharges);
    read.costs.push(usd);
  }
  const keepCharging = keepAsOtherField(ctx, chargingPath);
  for (const key of Object.keys(charging)) {
    if (!placedCharges.has(key)) keepCharging(key, charging[key]);
  }

  if (f.phone_call !== undefined) readPhoneCall(f.phone_call, at('phone_call'), read, ctx);
  if (f.termination_reason !== undefined) {
    const reason = code(f.termination_reason, at('termination_reason'));
    // "" (the docs sample) says nothing: it stays under Other fields, as sent.
    if (reason === undefined) {
      ctx.otherFields.push({ path: at('termination_reason'), value: f.termination_reason });
    } else read.termination = reason;
  }
  if (f.error !== undefined) read.error = readError(f.error, at('error'), ctx);
  if (f.batch_call !== undefined) {
    addIds(read.ids, f.batch_call, at('batch_call'), ctx, {
      batch_call_id: 'batch',
      batch_call_recipient_id: 'batch-recipient',
    });
  }
  return read;
}

/** A cost in one unit: `cost` is credits (an integer), `cost_fiat` US dollars (2026 payloads). */
function money(
  raw: unknown,
  unit: 'credits' | 'usd',
  path: string,
  ctx: DecodeContext,
): Cost | undefined {
  if (raw === undefined || raw === null) return undefined;
  const amount = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  if (amount === undefined) {
    warnWrongType(ctx, path, elevenlabsExpected[unit], raw);
    ctx.otherFields.push({ path, value: raw });
    return undefined;
  }
  return { amount, unit, path, breakdown: [] };
}

/** The `charging` amounts that make up a cost, as sent; each placed key leaves Other fields. */
function parts(
  charging: Record<string, unknown>,
  keys: readonly string[],
  placed: Set<string>,
): Cost['breakdown'] {
  const out: Cost['breakdown'] = [];
  for (const key of keys) {
    const amount = Object.hasOwn(charging, key) ? charging[key] : undefined;
    if (typeof amount === 'number' && Number.isFinite(amount)) {
      out.push({ item: key, amount });
      placed.add(key);
    }
  }
  return out;
}

/** phone_call fields that are text in every telephony model of the SDK. */
const PHONE_TEXT = new Set([
  'direction',
  'agent_number',
  'external_number',
  'type',
  'phone_number_id',
  'call_sid',
  'stream_sid',
]);

/**
 * `phone_call {direction, agent_number, external_number, type, phone_number_id, call_sid,
 * stream_sid}` (SDK twilio / sip_trunking / exotel models). `external_number` is the customer in
 * both directions, and may hold spaces (`"+9196631 00122"`, E-R1): kept as sent.
 */
function readPhoneCall(
  phone: Record<string, unknown>,
  path: string,
  read: MetadataRead,
  ctx: DecodeContext,
): void {
  const keep = keepAsOtherField(ctx, path);
  const ids: Record<string, string> = {
    phone_number_id: 'phone-number',
    call_sid: 'telephony',
    stream_sid: 'stream',
    call_id: 'sip-call',
  };
  for (const key of Object.keys(phone)) {
    const value = phone[key];
    const at = childPath(path, key);
    if (typeof value !== 'string' || value.trim() === '') {
      if (value !== null && value !== '' && PHONE_TEXT.has(key)) {
        warnWrongType(ctx, at, problems.expected.text, value);
      }
      if (value !== null) keep(key, value);
    } else if (key === 'direction' && (value === 'inbound' || value === 'outbound')) {
      read.direction = value;
    } else if (key === 'agent_number') {
      read.agent.number = value;
      read.agent.path = at;
    } else if (key === 'external_number') {
      read.customer.number = value;
      read.customer.path = at;
    } else if (key === 'type') {
      read.telephony = { raw: value, path: at };
    } else if (Object.hasOwn(ids, key)) {
      read.ids.push({ kind: ids[key] as string, value, path: at });
    } else {
      keep(key, value);
    }
  }
}

/** `metadata.error {code: int, reason}` (SDK ConversationHistoryErrorCommonModel). */
function readError(
  error: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): MetadataRead['error'] {
  const out: NonNullable<MetadataRead['error']> = {};
  const keep = keepAsOtherField(ctx, path);
  for (const key of Object.keys(error)) {
    const value = error[key];
    if (key === 'code' && (typeof value === 'number' || typeof value === 'string')) {
      out.code = { raw: String(value), path: childPath(path, key) };
    } else if (key === 'reason' && typeof value === 'string' && value.trim() !== '') {
      out.reason = { raw: value, path: childPath(path, key) };
    } else if (value !== null) {
      keep(key, value);
    }
  }
  return out;
}

/** Text ids from an object, by key → id kind; anything else goes to Other fields. */
export function addIds(
  ids: CallId[],
  source: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
  kinds: Readonly<Record<string, string>>,
): void {
  const keep = keepAsOtherField(ctx, path);
  for (const key of Object.keys(source)) {
    const value = source[key];
    const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
    if (kind !== undefined && typeof value === 'string' && value.trim() !== '') {
      ids.push({ kind, value, path: childPath(path, key) });
    } else if (kind === undefined || value !== null) {
      keep(key, value);
    }
  }
}
