/**
 * A stand-in for Vapi's decoder until the real one is registered: recognises `{message: {type}}`
 * and maps a status update and an end-of-call report onto the v2 record the way Vapi's own
 * decoder does (call key `message.call.id`, a report carries the transcript and the outcome).
 * Grouping only reads vendor, call key, event, outcome and transcript.
 */
import type { CallRecord } from '../../src/model/record';
import { SCORE, type VendorDecoder } from '../../src/model/vendors';

interface VapiMessage {
  type: string;
  status?: string;
  endedReason?: string;
  timestamp?: number;
  call: { id: string };
  artifact?: { transcript?: string };
}

function messageOf(value: unknown): VapiMessage | undefined {
  const message = (value as { message?: VapiMessage } | null)?.message;
  return typeof message?.type === 'string' && typeof message.call?.id === 'string'
    ? message
    : undefined;
}

function record(message: VapiMessage): CallRecord {
  const report = message.type === 'end-of-call-report';
  const ended = report || message.status === 'ended';
  return {
    vendor: 'vapi',
    event: { raw: message.type, path: 'message.type', atMs: message.timestamp },
    callKey: message.call.id,
    outcome: {
      category: ended ? 'transferred' : 'in-progress',
      ...(message.endedReason && {
        endReason: { raw: message.endedReason, path: 'message.endedReason' },
      }),
      details: [],
      failures: [],
    },
    customer: { name: 'Rosalind A.' },
    agent: {},
    timing: { timezoneValid: true },
    transcript: report
      ? {
          state: 'present',
          turns: [{ role: 'agent', label: 'bot', text: message.artifact?.transcript ?? '' }],
        }
      : { state: 'missing', turns: [] },
    toolCalls: [],
    costs: [],
    analysis: { judgements: [], data: [] },
    variables: [],
    recordings: [],
    ids: [],
    notes: [],
    otherFields: [],
  };
}

export const vapiDouble: VendorDecoder = {
  vendor: 'vapi',
  recognise: (value) => (messageOf(value) ? SCORE.strong : 0),
  decode(value) {
    const message = messageOf(value) as VapiMessage;
    return {
      format: { id: 'vapi', label: 'Vapi', description: '', vendor: 'vapi', event: message.type },
      call: record(message),
      problems: [],
    };
  },
};

export function vapiMessage(
  type: 'status-update' | 'end-of-call-report',
  callId: string,
  extra: Partial<VapiMessage> = {},
): string {
  return JSON.stringify({ message: { type, call: { id: callId }, ...extra } });
}
