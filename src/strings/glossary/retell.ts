/**
 * User-visible text: Retell AI's words. Meanings follow Retell's own pages, in our words:
 * docs.retellai.com "Debug call disconnection" (/reliability/debug-call-disconnect), "Webhook
 * overview" (/features/webhook-overview), the 6-30 deprecation notice, and the enums in
 * RetellAI/retell-typescript-sdk src/resources/call.ts. Reasons the SDK lists without a
 * documented meaning say so.
 */
import { bad, going, ok, plain, warn } from './tones';
import type { CodeText, VendorGlossary } from './types';

const NOT_CONNECTED = 'Outbound call never connected:';
const UNDOCUMENTED = 'Retell lists this reason (2026) but does not document what it means.';

const endReason: Record<string, CodeText> = {
  user_hangup: ok('Caller hung up', 'The person on the line hung up. Expected.'),
  agent_hangup: ok('Agent hung up', 'The AI agent ended the call. Expected.'),
  call_transfer: ok('Transferred', 'The AI agent transferred the call to another number.'),
  voicemail_reached: warn(
    'Voicemail reached',
    'The call reached voicemail and the agent followed its voicemail settings.',
  ),
  ivr_reached: warn(
    'Phone menu reached',
    'The call reached an automated phone menu (IVR) and the agent, set to hang up on one, did.',
  ),
  inactivity: plain(
    'Ended after silence',
    'Nobody spoke for as long as the agent\'s "end call after silence" setting allows.',
  ),
  max_duration_reached: plain(
    'Maximum length reached',
    'The call hit the maximum call duration set for the agent and was ended.',
  ),
  dial_busy: warn('Busy', `${NOT_CONNECTED} the number dialed was busy.`),
  dial_no_answer: warn('No answer', `${NOT_CONNECTED} the number dialed did not answer.`),
  dial_failed: bad(
    'Dialing failed',
    `${NOT_CONNECTED} dialing failed with no SIP error code, or an unknown one. Often the number does not exist, or the calling number was marked as spam by the carrier and blocked (many short calls in a short time cause this).`,
  ),
  invalid_destination: bad(
    'Invalid number',
    `${NOT_CONNECTED} the number dialed is invalid, for example it has spaces or other characters, or the telephony provider wants E.164 format.`,
  ),
  telephony_provider_permission_denied: bad(
    'SIP trunk refused',
    `${NOT_CONNECTED} the SIP trunk credentials were not accepted.`,
  ),
  telephony_provider_unavailable: bad(
    'Provider unavailable',
    `${NOT_CONNECTED} the telephony provider was unavailable.`,
  ),
  sip_routing_error: bad(
    'SIP routing error',
    `${NOT_CONNECTED} SIP routing went over too many hops or ran in a loop.`,
  ),
  marked_as_spam: bad('Marked as spam', `${NOT_CONNECTED} the number is marked as spam.`),
  user_declined: warn('Declined', `${NOT_CONNECTED} the person called declined the call.`),
  concurrency_limit_reached: bad(
    'Concurrency limit',
    'Error: the account was already running as many calls at once as its plan allows. Retry later with backoff.',
  ),
  no_concurrency_fallback: bad(
    'Concurrency limit, no fallback',
    'Error: the concurrency limit was reached and no fallback was available to place the call.',
  ),
  no_valid_payment: bad(
    'No valid payment',
    'Error: no valid payment method is on file, or service was stopped for an overdue bill.',
  ),
  scam_detected: bad('Scam detected', 'Error: Retell detected scam use for this agent.'),
  error_llm_websocket_open: bad(
    'Custom LLM unreachable',
    'Error: the websocket to your custom LLM server did not open. The LLM URL is likely wrong or the server unreachable.',
  ),
  error_llm_websocket_lost_connection: bad(
    'Custom LLM connection lost',
    'Error: the websocket to your custom LLM server broke during the call.',
  ),
  error_llm_websocket_runtime: bad(
    'Custom LLM closed the connection',
    'Error: your custom LLM server closed the websocket with an error instead of a normal close.',
  ),
  error_llm_websocket_corrupt_payload: bad(
    'Custom LLM sent a bad message',
    'Error: your custom LLM server sent a message Retell could not read.',
  ),
  error_no_audio_received: bad('No audio', 'Error: no audio was received from the caller.'),
  error_asr: bad('Speech recognition error', 'Error: speech recognition (ASR) failed.'),
  error_retell: bad('Retell error', 'Error inside Retell itself.'),
  error_unknown: bad('Unknown error', 'Error of an unknown cause.'),
  error_user_not_joined: bad(
    'Caller never joined',
    'Error: the web call was created but the user never joined it.',
  ),
  registered_call_timeout: bad(
    'Call never started',
    'Error: the call was registered but did not start within the time allowed.',
  ),
  transfer_bridged: ok('Transfer bridged', UNDOCUMENTED),
  transfer_cancelled: warn('Transfer cancelled', UNDOCUMENTED),
  manual_stopped: plain('Stopped manually', UNDOCUMENTED),
  call_take_over: plain('Taken over', UNDOCUMENTED),
  machine_detected: warn(
    'Answering machine',
    'Older reason (no longer sent): the call was dropped because "drop call if machine detected" found voicemail or a similar machine.',
  ),
  error_twilio: bad(
    'Twilio error',
    'Older reason (no longer sent): an error at Twilio, the telephony provider.',
  ),
  error_frontend_corrupted_payload: bad(
    'Web client sent a bad message',
    'Older reason (removed 2024-04): the web call frontend sent data Retell could not read.',
  ),
  error_inbound_webhook: bad(
    'Inbound webhook failed',
    'Older reason (removed 2025-07): Retell could not get dynamic variables from your inbound-call webhook.',
  ),
};

export const retellGlossary: VendorGlossary = {
  name: 'Retell AI',
  events: {
    call_started: {
      label: 'Call started',
      description:
        'Sent when a call begins; not a finished call. Not sent for calls that never connected.',
    },
    call_ended: {
      label: 'Call ended',
      description:
        'Sent when a call ends, connected or not, with everything but the post-call analysis.',
    },
    call_analyzed: {
      label: 'Call analyzed',
      description:
        'Sent after call_ended once the post-call analysis (summary, sentiment, success) is ready.',
    },
    transcript_updated: {
      label: 'Transcript updated',
      description: 'Sent during a call as the transcript grows; not a finished call.',
    },
    transfer_started: {
      label: 'Transfer started',
      description: 'Sent when the agent starts transferring the call; not a finished call.',
    },
    transfer_bridged: {
      label: 'Transfer bridged',
      description: 'Sent when the transfer target answers and is connected; not a finished call.',
    },
    transfer_cancelled: {
      label: 'Transfer cancelled',
      description: 'Sent when a transfer is called off before it connects; not a finished call.',
    },
    transfer_ended: {
      label: 'Transfer ended',
      description: 'Sent when the transferred leg of the call ends; not the call report itself.',
    },
    chat_started: {
      label: 'Chat started',
      description: 'Sent when a text chat with an agent begins; a chat, not a phone call.',
    },
    chat_ended: {
      label: 'Chat ended',
      description: 'Sent when a text chat with an agent ends; a chat, not a phone call.',
    },
    chat_analyzed: {
      label: 'Chat analyzed',
      description: 'Sent when the analysis of a text chat is ready; a chat, not a phone call.',
    },
  },
  codes: {
    status: {
      registered: going(
        'Registered',
        'Retell issued a call id and is about to place or receive the call.',
      ),
      not_connected: bad(
        'Not connected',
        'The outbound call never connected (used since July 2025; before that such calls ended as error).',
      ),
      ongoing: going('Ongoing', 'The call is connected and still going on.'),
      ended: ok('Ended', 'The call ended: someone hung up, or the call was transferred.'),
      error: bad('Error', 'The call ran into an error.'),
    },
    endReason,
    sentiment: {
      negative: warn('Negative', "Retell's analysis judged the caller's sentiment negative."),
      positive: ok('Positive', "Retell's analysis judged the caller's sentiment positive."),
      neutral: plain('Neutral', "Retell's analysis judged the caller's sentiment neutral."),
      unknown: plain('Unknown', "Retell's analysis could not judge the caller's sentiment."),
    },
    callType: {
      phone_call: plain('Phone call', 'A call over the phone network or a SIP trunk.'),
      web_call: plain('Web call', 'A call from a browser or app, with no phone numbers.'),
    },
  },
  families: {
    endReason: [
      {
        prefix: 'error_',
        ...bad('Error', 'An error reason Retell does not list, so its exact meaning is unknown.'),
      },
    ],
  },
  notes: {
    'retell.name-from-variables': ({ path = '' }) =>
      `Retell has no field for the customer's name; this one was read from ${path}.`,
    'retell.never-connected-duration': ({ path = '' }) =>
      `The call never connected, so no duration is shown: ${path} is 0 because nothing was said, not because the call lasted 0:00.`,
  },
};

/** The payload's format line: "Retell AI webhook: Call ended". */
export function retellFormat(event: string): { label: string; description: string } {
  const text = retellGlossary.events[event];
  return text === undefined
    ? { label: 'Retell AI webhook', description: 'A webhook Retell AI sent about a call.' }
    : { label: `Retell AI webhook: ${text.label}`, description: text.description };
}

/** Labels for the facts shown for transfer and chat events, by the field they come from. */
export const retellFacts = {
  call_id: 'Call id',
  chat_id: 'Chat id',
  agent_id: 'Agent id',
  call_status: 'Call status',
  chat_status: 'Chat status',
  transfer_destination: 'Transferred to',
} as const;
