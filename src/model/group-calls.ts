import type { Observation } from './observation';
import type { CallRecord, VendorId } from './record';

/**
 * One call as a list shows it: every event the platform sent about it (Retell's `call_started`,
 * `call_ended`, `call_analyzed`; Vapi's status updates and report), each once however many times
 * it was delivered. Pure data, rebuilt from the observations whenever they change.
 */
export interface CallGroup {
  /** Stable while the call is listed: `retell:call_123`, else the payload's own identity. */
  key: string;
  vendor?: VendorId;
  callKey?: string;
  /** Distinct payloads, oldest first. */
  events: CallEvent[];
  /** The latest, most complete event: the one the row summarises and the card shows first. */
  card: CallEvent;
  /** The most times any one event of the call was delivered (a retry makes it 2). */
  deliveries: number;
  /** When the newest delivery of the call arrived (epoch ms), when known. */
  latestMs?: number;
  /** Every observation of the call, newest first. */
  observations: readonly Observation[];
}

export interface CallEvent {
  /** The first delivery of this payload that was observed. */
  observation: Observation;
  /** Every delivery of this exact body, newest first. */
  deliveries: Observation[];
  /** The event's own time when the payload says, else when it was received (epoch ms). */
  atMs?: number;
}

/**
 * Groups observations, newest first as lists hold them, into one entry per call: by platform and
 * the platform's call key, and exact repeats of a body into one event. Groups keep the order of
 * their newest observation, so new arrivals go on top and older pages go below without moving
 * the rows in between. A group of `previous` whose observations did not change is returned as
 * the same object, so a list re-renders only the rows that changed.
 */
export function groupCalls(
  observations: readonly Observation[],
  previous: readonly CallGroup[] = [],
): CallGroup[] {
  const byKey = new Map<string, Observation[]>();
  for (const observation of observations) {
    const key = groupKey(observation);
    const members = byKey.get(key);
    if (members === undefined) byKey.set(key, [observation]);
    else members.push(observation);
  }
  const before = new Map(previous.map((group) => [group.key, group]));
  return [...byKey].map(([key, members]) => {
    const old = before.get(key);
    return old !== undefined && sameMembers(old.observations, members)
      ? old
      : groupOf(key, members);
  });
}

function sameMembers(a: readonly Observation[], b: readonly Observation[]): boolean {
  return a.length === b.length && a.every((observation, i) => observation === b[i]);
}

function groupKey(observation: Observation): string {
  const call = observation.result.call;
  if (call?.callKey !== undefined) return `${call.vendor}:${call.callKey}`;
  // A payload without a call key is its own row; an exact repeat of a JSON body still joins it.
  const isJson = observation.result.json !== undefined && observation.rawBody.trim() !== '';
  return isJson ? `body:${bodyFingerprint(observation.rawBody)}` : `id:${observation.id}`;
}

function groupOf(key: string, members: readonly Observation[]): CallGroup {
  const byBody = new Map<string, Observation[]>();
  for (const observation of members) {
    const same = byBody.get(observation.rawBody);
    if (same === undefined) byBody.set(observation.rawBody, [observation]);
    else same.push(observation);
  }
  // Members are newest first; an event's first observation is its oldest delivery.
  const events = [...byBody.values()].map((deliveries, order) => ({
    event: eventOf(deliveries),
    order,
  }));
  const oldestFirst = [...events]
    .sort((a, b) => (a.event.atMs ?? 0) - (b.event.atMs ?? 0) || b.order - a.order)
    .map(({ event }) => event);
  const card = events.reduce((best, next) => (ranks(next, best) ? next : best));
  const call = card.event.observation.result.call;
  const received = members
    .map((m) => m.receivedAtMs)
    .filter((ms): ms is number => ms !== undefined);
  return {
    ...(received.length === 0 ? {} : { latestMs: Math.max(...received) }),
    key,
    ...(call?.callKey === undefined ? {} : { vendor: call.vendor, callKey: call.callKey }),
    events: oldestFirst,
    card: card.event,
    deliveries: Math.max(...oldestFirst.map((event) => event.deliveries.length)),
    observations: members,
  };
}

function eventOf(deliveries: Observation[]): CallEvent {
  const observation = deliveries.at(-1) as Observation;
  const atMs = observation.result.call?.event.atMs ?? observation.receivedAtMs;
  return { observation, deliveries, ...(atMs === undefined ? {} : { atMs }) };
}

/** Whether `next` makes a better card than `best`: more complete, then later, then newer. */
function ranks(
  next: { event: CallEvent; order: number },
  best: { event: CallEvent; order: number },
): boolean {
  const a = completeness(next.event.observation.result.call);
  const b = completeness(best.event.observation.result.call);
  if (a !== b) return a > b;
  const at = (next.event.atMs ?? 0) - (best.event.atMs ?? 0);
  return at !== 0 ? at > 0 : next.order < best.order;
}

/**
 * How much of the call an event tells: an outcome beats a call still in progress, a transcript
 * and an analysis add to it. Retell's `call_analyzed` outranks `call_ended`, which outranks
 * `call_started`; Vapi's report outranks its status updates; ElevenLabs' transcription its audio.
 */
export function completeness(call: CallRecord | undefined): number {
  if (call === undefined) return 0;
  const { category } = call.outcome;
  const { analysis } = call;
  const analysed =
    analysis.summary !== undefined ||
    analysis.success !== undefined ||
    analysis.judgements.length > 0 ||
    analysis.data.length > 0;
  return (
    1 +
    (category === 'in-progress' || category === 'unknown' ? 0 : 8) +
    (call.transcript.state === 'present' ? 4 : 0) +
    (analysed ? 2 : 0) +
    (call.timing.duration === undefined ? 0 : 1)
  );
}

/**
 * A short stand-in for a body, to remember which bodies were seen without keeping megabytes of
 * them: two independent 32-bit hashes (FNV-1a and djb2) and the length.
 */
export function bodyFingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    djb = (Math.imul(djb, 33) + code) | 0;
  }
  return `${text.length.toString(36)}.${(fnv >>> 0).toString(36)}.${(djb >>> 0).toString(36)}`;
}
