import { vapiCallFormat, vapiFacts, vapiFormat } from '../../../strings/glossary/vapi';
import type { FormatInfo } from '../../call-record';
import { childPath } from '../../json/path';
import { isPlainObject, newContext } from '../../lenient';
import type { CallRecord } from '../../record';
import { moment, textOf } from '../read';
import type { VendorDecodeResult } from '../vendor-decoder';
import { decodeCall } from './call';
import { isBareCall, readEnvelope } from './envelope';

export function decodeVapi(value: unknown): VendorDecodeResult {
  const ctx = newContext();
  const envelope = readEnvelope(value);
  if (isBareCall(value)) {
    const call = decodeCall(value, '', {}, ctx, true);
    return {
      format: { id: 'vapi-call', vendor: 'vapi', ...vapiCallFormat },
      call,
      problems: ctx.problems,
    };
  }
  if (envelope === undefined || !isPlainObject(value)) {
    // Only reached when called without recognise(): nothing of Vapi's shape to read.
    return { format: format('unknown'), problems: [] };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'message') ctx.otherFields.push({ path: childPath('', key), value: value[key] });
  }
  const { type, message } = envelope;
  const event: CallRecord['event'] = { raw: type, path: 'message.type' };
  // `timestamp` is epoch ms in the spec; ISO text is read too rather than dropped.
  const at = moment(message.timestamp, 'message.timestamp', ctx);
  if (at !== undefined) event.atMs = at.ms;

  if (type === 'end-of-call-report' || (type === 'status-update' && message.status === 'ended')) {
    const call = decodeCall(message, 'message', event, ctx);
    return { format: format(type), call, problems: ctx.problems };
  }
  return { format: format(type), problems: ctx.problems, facts: facts(message) };
}

function format(type: string): FormatInfo {
  return { id: `vapi-${type}`, vendor: 'vapi', event: type, ...vapiFormat(type) };
}

type FactKey = keyof typeof vapiFacts;

/** What a mid-call message says, as labelled facts: which call, and the message's own news. */
function facts(message: Record<string, unknown>): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  const add = (key: FactKey, raw: unknown) => {
    if (typeof raw === 'string' && raw.trim() !== '')
      out.push({ label: vapiFacts[key], value: raw });
    else if (typeof raw === 'number' && Number.isFinite(raw)) {
      out.push({ label: vapiFacts[key], value: String(raw) });
    }
  };
  const call = isPlainObject(message.call) ? message.call : {};
  const customer = isPlainObject(message.customer) ? message.customer : call.customer;
  const destination = isPlainObject(message.destination) ? message.destination : {};
  add('callId', call.id);
  // speech-update's status is the speaker's (started/stopped), not the call's.
  add(message.type === 'speech-update' ? 'speech' : 'status', message.status);
  add('endedReason', message.endedReason);
  add('role', message.role);
  add('transcriptType', message.transcriptType);
  add('transcript', message.transcript);
  add('tools', toolNames(message.toolCallList));
  // The legacy `function-call` message: `functionCall: {name, parameters}`.
  add('tools', isPlainObject(message.functionCall) ? message.functionCall.name : undefined);
  add('destination', destination.number ?? destination.sipUri);
  add('customer', isPlainObject(customer) ? customer.number : undefined);
  if (Array.isArray(message.messages)) add('messages', message.messages.length);
  if (typeof message.output === 'string') add('output', message.output);
  return out;
}

/** `tool-calls`: `toolCallList[].function.name`, joined for one line. */
function toolNames(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const names = list
    .map((item) => (isPlainObject(item) && isPlainObject(item.function) ? item.function.name : ''))
    .map(textOf)
    .filter((name) => name !== '');
  return names.length === 0 ? undefined : names.join(', ');
}
