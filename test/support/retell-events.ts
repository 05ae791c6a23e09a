/**
 * Events of one Retell call, as Retell sends them one after another (`call_started`,
 * `call_ended`, `call_analyzed`), built from the captured fixtures: the analyzed call stripped of
 * what the earlier events do not carry yet. For grouping tests in the model, capture and bins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RetellEvent = 'call_started' | 'call_ended' | 'call_analyzed';

function fixture(name: string): { event: string; call: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/retell', name), 'utf8'));
}

const ENDED_ONLY = [
  'end_timestamp',
  'duration_ms',
  'transcript',
  'transcript_object',
  'disconnection_reason',
  'recording_url',
  'recording_multi_channel_url',
  'public_log_url',
  'latency',
  'llm_token_usage',
  'call_cost',
];

/** One event of a call (Ana Costa by default, who hung up after nine minutes). */
export function retellEvent(
  event: RetellEvent,
  callId: string,
  customerName = 'Ana Costa',
): Record<string, unknown> {
  const { call } = fixture('call-analyzed-user-hangup.json');
  const variables = {
    ...(call.retell_llm_dynamic_variables as object),
    customer_name: customerName,
  };
  const shaped: Record<string, unknown> = {
    ...call,
    call_id: callId,
    retell_llm_dynamic_variables: variables,
  };
  if (event !== 'call_analyzed') delete shaped.call_analysis;
  if (event === 'call_started') {
    for (const key of ENDED_ONLY) delete shaped[key];
    shaped.call_status = 'ongoing';
  }
  return { event, call: shaped };
}

/** The same, as the body Retell posts. */
export function retellEventText(event: RetellEvent, callId: string, customerName?: string): string {
  return JSON.stringify(retellEvent(event, callId, customerName));
}
