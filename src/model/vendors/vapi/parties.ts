import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, warnWrongType } from '../../lenient';
import type { CallId, Direction, Note, Outcome, Party, VariableGroup } from '../../record';
import { CALL_TYPES } from './codes';

/** The message's objects about who took part (each optional: web calls have no numbers). */
export interface PartySources {
  call?: Record<string, unknown>;
  customer?: Record<string, unknown>;
  phoneNumber?: Record<string, unknown>;
  assistant?: Record<string, unknown>;
  destination?: Record<string, unknown>;
  /**
   * The call object is the payload itself (GET /call/:id, the dashboard's copy): its status is
   * the real one and its customer is the message's; the other keys are read by decodeCall.
   */
  callIsMessage?: boolean;
}

/** The call-object keys readCall places; the rest of a bare call object is decodeCall's. */
export const CALL_KEYS: ReadonlySet<string> = new Set([
  'id',
  'orgId',
  'assistantId',
  'phoneNumberId',
  'phoneCallProviderId',
  'squadId',
  'campaignId',
  'workflowId',
  'type',
  'phoneCallProvider',
  'assistantOverrides',
]);

export interface PartiesRead {
  customer: Party;
  agent: Party;
  transferTarget?: Party;
  direction?: Direction;
  callKey?: string;
  ids: CallId[];
  notes: Note[];
  variables: VariableGroup[];
}

/** Reads one field of an object; false when it did not place it (it then goes to Other fields). */
type Take = (value: unknown, path: string) => boolean;

/** With `only`, keys without a take are left alone: another reader of the object places them. */
function each(
  source: Record<string, unknown> | undefined,
  path: string,
  takes: Record<string, Take>,
  ctx: DecodeContext,
  only = false,
): void {
  if (source === undefined) return;
  for (const key of Object.keys(source)) {
    const keyPath = childPath(path, key);
    const take = Object.hasOwn(takes, key) ? takes[key] : undefined;
    if (take === undefined && only) continue;
    if (take === undefined || !take(source[key], keyPath)) {
      ctx.otherFields.push({ path: keyPath, value: source[key] });
    }
  }
}

/** A text field: blank counts as absent (placed, nothing to show); another type is a warning. */
function textIn(value: unknown, path: string, ctx: DecodeContext): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value !== null && value !== undefined)
    warnWrongType(ctx, path, problems.expected.text, value);
  return undefined;
}

/**
 * Customer (`message.customer`, else the snapshot's `call.customer`), the agent (the assistant's
 * name and the Vapi phone number), the transfer target (`destination`, sent on forwarded calls),
 * direction (`call.type`) and the ids. `message.call` is a snapshot from call creation: its
 * `status` is not the outcome; a note says so when it disagrees with an ended call.
 */
export function readParties(
  f: PartySources,
  path: string,
  outcome: Outcome,
  ctx: DecodeContext,
): PartiesRead {
  const read: PartiesRead = { customer: {}, agent: {}, ids: [], notes: [], variables: [] };
  const id =
    (kind: string): Take =>
    (value, at) => {
      const text = textIn(value, at, ctx);
      if (text === undefined) return false;
      // The same id sent twice (call.assistantId and assistant.id): listed once.
      if (read.ids.some((known) => known.kind === kind && known.value === text)) return false;
      read.ids.push({ kind, value: text, path: at });
      return true;
    };
  const party =
    (target: Party, part: 'name' | 'number'): Take =>
    (value, at) => {
      const text = textIn(value, at, ctx);
      if (text === undefined) return false;
      if (target[part] !== undefined) return false;
      target[part] = text;
      if (part === 'number' || target.path === undefined) target.path = at;
      return true;
    };
  const customerTakes = {
    number: party(read.customer, 'number'),
    sipUri: party(read.customer, 'number'),
    name: party(read.customer, 'name'),
  };

  each(f.customer, childPath(path, 'customer'), customerTakes, ctx);
  const callPath = f.callIsMessage === true ? path : childPath(path, 'call');
  readCall(f, callPath, read, id, customerTakes, outcome, ctx);
  each(
    f.phoneNumber,
    childPath(path, 'phoneNumber'),
    { id: id('phone-number'), number: party(read.agent, 'number') },
    ctx,
  );
  each(
    f.assistant,
    childPath(path, 'assistant'),
    { id: id('assistant'), name: party(read.agent, 'name') },
    ctx,
  );
  if (f.destination !== undefined) {
    const target: Party = {};
    each(
      f.destination,
      childPath(path, 'destination'),
      { number: party(target, 'number'), sipUri: party(target, 'number') },
      ctx,
    );
    if (target.number !== undefined) read.transferTarget = target;
  }
  return read;
}

function readCall(
  f: PartySources,
  path: string,
  read: PartiesRead,
  id: (kind: string) => Take,
  customerTakes: Record<string, Take>,
  outcome: Outcome,
  ctx: DecodeContext,
): void {
  const callId = id('call');
  const takes: Record<string, Take> = {
    id: (value, at) => {
      const placed = callId(value, at);
      if (placed && typeof value === 'string') read.callKey = value;
      return placed;
    },
    orgId: id('org'),
    assistantId: id('assistant'),
    phoneNumberId: id('phone-number'),
    phoneCallProviderId: id('telephony'),
    squadId: id('squad'),
    campaignId: id('campaign'),
    workflowId: id('workflow'),
    type: (value) => {
      if (typeof value !== 'string' || !Object.hasOwn(CALL_TYPES, value)) return false;
      read.direction = CALL_TYPES[value as keyof typeof CALL_TYPES];
      return true;
    },
    phoneCallProvider: (value, at) => {
      if (typeof value !== 'string' || value.trim() === '') return false;
      outcome.details.push({ kind: 'provider', raw: value, path: at });
      return true;
    },
    assistantOverrides: (value, at) => {
      if (!isPlainObject(value) || !isPlainObject(value.variableValues)) return false;
      const values = value.variableValues;
      read.variables.push({
        kind: 'overrides',
        path: childPath(at, 'variableValues'),
        entries: Object.keys(values).map((name) => ({ name, value: values[name] })),
      });
      for (const key of Object.keys(value)) {
        if (key !== 'variableValues') {
          ctx.otherFields.push({ path: childPath(at, key), value: value[key] });
        }
      }
      return true;
    },
  };
  // Only in the report's snapshot: a bare call object's status and customer are decodeCall's.
  const snapshotTakes: Record<string, Take> = {
    // Only when the message has no customer of its own; otherwise it is a copy.
    customer: (value, at) => {
      if (f.customer !== undefined || !isPlainObject(value)) return false;
      each(value, at, customerTakes, ctx);
      return true;
    },
    status: (value, at) => {
      if (typeof value === 'string' && value !== 'ended' && outcome.endReason !== undefined) {
        read.notes.push({
          kind: 'vapi.call-status-snapshot',
          path: at,
          values: { status: value },
        });
      }
      return false;
    },
  };
  const own = f.callIsMessage === true;
  each(f.call, path, own ? takes : { ...takes, ...snapshotTakes }, ctx, own);
}
