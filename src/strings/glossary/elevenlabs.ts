/**
 * User-visible text: ElevenLabs Conversational AI (Agents) in our words. Sources: the ElevenLabs
 * "Post-call webhooks" docs page (events, failure reasons, Twilio and SIP bodies), the
 * elevenlabs-python SDK types (statuses, tool kinds, verdicts; Jul 2026), real payloads for the
 * termination texts (vendor-formats.md §4), RFC 3261 §21 for SIP codes and Twilio's call resource
 * docs for CallStatus. `termination_reason` is free text, not an enum: texts not listed here are
 * shown as sent and said to be unlisted.
 */
import { bad, going, ok, plain, warn } from './tones';
import type { CodeText, VendorGlossary } from './types';

const NEVER_CONNECTED = 'The call never connected:';

const sipCode: Record<string, CodeText> = {
  '400': bad(
    'SIP 400 Bad Request',
    `${NEVER_CONNECTED} the carrier could not read the call request.`,
  ),
  '403': bad(
    'SIP 403 Forbidden',
    `${NEVER_CONNECTED} the carrier or SIP trunk refused it, for example because the trunk may not call that destination or the caller id is not allowed.`,
  ),
  '404': bad('SIP 404 Not Found', `${NEVER_CONNECTED} the number dialed does not exist.`),
  '407': bad(
    'SIP 407 Proxy Authentication Required',
    `${NEVER_CONNECTED} the SIP trunk asked for credentials that were missing or wrong.`,
  ),
  '408': warn('SIP 408 Request Timeout', `${NEVER_CONNECTED} nobody answered in time.`),
  '410': bad('SIP 410 Gone', `${NEVER_CONNECTED} the number is no longer in service.`),
  '480': warn(
    'SIP 480 Temporarily Unavailable',
    `${NEVER_CONNECTED} the person called was unavailable (phone off, out of coverage, or did not answer).`,
  ),
  '484': bad('SIP 484 Address Incomplete', `${NEVER_CONNECTED} the number dialed is incomplete.`),
  '486': warn('SIP 486 Busy Here', `${NEVER_CONNECTED} the line was busy.`),
  '487': warn(
    'SIP 487 Request Terminated',
    `${NEVER_CONNECTED} it was cancelled before anyone picked up, usually because it rang until the ring timeout.`,
  ),
  '488': bad(
    'SIP 488 Not Acceptable Here',
    `${NEVER_CONNECTED} the two sides could not agree on an audio format (codec).`,
  ),
  '500': bad(
    'SIP 500 Server Internal Error',
    `${NEVER_CONNECTED} the carrier had an internal error.`,
  ),
  '502': bad('SIP 502 Bad Gateway', `${NEVER_CONNECTED} a carrier further along failed.`),
  '503': bad(
    'SIP 503 Service Unavailable',
    `${NEVER_CONNECTED} the carrier or SIP trunk was unavailable or overloaded.`,
  ),
  '504': bad(
    'SIP 504 Server Time-out',
    `${NEVER_CONNECTED} a carrier further along did not respond in time.`,
  ),
  '600': warn(
    'SIP 600 Busy Everywhere',
    `${NEVER_CONNECTED} the person called is busy on every device.`,
  ),
  '603': warn('SIP 603 Decline', `${NEVER_CONNECTED} the person called declined it.`),
  '604': bad('SIP 604 Does Not Exist Anywhere', `${NEVER_CONNECTED} the number does not exist.`),
  '606': bad(
    'SIP 606 Not Acceptable',
    `${NEVER_CONNECTED} the person called's side could not accept a call of this kind.`,
  ),
};

const verdict: Record<string, CodeText> = {
  success: ok('Success', "ElevenLabs' post-call analysis judged that this was met."),
  failure: bad('Failure', "ElevenLabs' post-call analysis judged that this was not met."),
  unknown: plain('Unknown', "ElevenLabs' post-call analysis could not tell from the conversation."),
};

export const elevenlabsGlossary: VendorGlossary = {
  name: 'ElevenLabs',
  events: {
    post_call_transcription: {
      label: 'Post-call transcription',
      description:
        'Sent once the conversation has ended and been analysed: transcript, tool calls, analysis, cost and phone details. Not retried if delivery fails.',
    },
    post_call_audio: {
      label: 'Post-call audio',
      description:
        'Sent separately from the transcription, when "Send audio data" is on: only the ids and the whole conversation as base64 MP3.',
    },
    call_initiation_failure: {
      label: 'Call initiation failure',
      description:
        'Sent when an outbound call could not be started: busy, not picked up, or a connection error. Not sent when voicemail or an automated system picks up.',
    },
  },
  codes: {
    status: {
      initiated: going('Initiated', 'The conversation was created and is about to start.'),
      'in-progress': going('In progress', 'The conversation is still going on.'),
      processing: going('Processing', 'The conversation has ended and is being analysed.'),
      done: ok('Done', 'The conversation has ended and its analysis is complete.'),
      failed: bad('Failed', 'The conversation failed; metadata.error says why when sent.'),
    },
    endReason: {
      'end_call tool was called.': ok(
        'Agent ended the call',
        'The agent used its end_call system tool to hang up. Expected at the end of a conversation.',
      ),
      'call ended by remote party': ok('Caller hung up', 'The person on the phone line hung up.'),
      'client disconnected': ok(
        'Client disconnected',
        'The connection to the caller (the browser or app, or the telephony media stream) closed: usually the caller left.',
      ),
    },
    failureReason: {
      busy: warn('Busy', `${NEVER_CONNECTED} the line was busy.`),
      'no-answer': warn('No answer', `${NEVER_CONNECTED} nobody picked up.`),
      unknown: bad(
        'Unknown',
        `${NEVER_CONNECTED} ElevenLabs does not know why; the telephony details below may say.`,
      ),
    },
    twilioStatus: {
      busy: warn('Busy', 'Twilio: the line was busy.'),
      'no-answer': warn('No answer', 'Twilio: the call rang but nobody answered.'),
      failed: bad('Failed', 'Twilio: the call could not be placed, for example an invalid number.'),
      canceled: warn('Canceled', 'Twilio: the call was cancelled while queued or ringing.'),
    },
    sipCode,
    verdict,
    telephony: {
      twilio: plain('Twilio', 'The call ran over a Twilio number connected to ElevenLabs.'),
      sip: plain('SIP trunk', 'The call was placed over your own SIP trunk.'),
      sip_trunking: plain('SIP trunk', 'The call ran over your own SIP trunk.'),
      exotel: plain('Exotel', 'The call ran over an Exotel number connected to ElevenLabs.'),
    },
    toolKind: {
      system: plain(
        'System tool',
        "One of ElevenLabs' built-in tools (end_call, transfer_to_number, language_detection…).",
      ),
      webhook: plain('Webhook tool', 'A server tool: ElevenLabs called your HTTP endpoint.'),
      client: plain('Client tool', 'A tool run by your app or web page, not by ElevenLabs.'),
      mcp: plain('MCP tool', 'A tool from an MCP server connected to the agent.'),
      workflow: plain('Workflow tool', 'A step of the agent workflow.'),
      api_integration_webhook: plain(
        'Integration tool',
        'A tool from a connected API integration.',
      ),
      code: plain('Code tool', 'A tool that runs code inside ElevenLabs.'),
    },
  },
  families: {
    endReason: [
      {
        prefix: 'client disconnected:',
        ...ok(
          'Client disconnected',
          'The connection to the caller closed; the number is the websocket close code (1000: closed normally, 1005: closed without a code, 1006: dropped without a close).',
        ),
      },
    ],
    sipCode: [
      {
        prefix: '4',
        ...bad('SIP client error', `${NEVER_CONNECTED} the request was refused (a 4xx SIP code).`),
      },
      {
        prefix: '5',
        ...bad('SIP server error', `${NEVER_CONNECTED} a carrier failed (a 5xx SIP code).`),
      },
      {
        prefix: '6',
        ...warn(
          'SIP global failure',
          `${NEVER_CONNECTED} the person called cannot be reached anywhere (a 6xx SIP code).`,
        ),
      },
    ],
  },
  detailKinds: {
    telephony: 'Telephony',
    sipCode: 'SIP code',
    sipStatus: 'SIP status',
    errorReason: 'Error',
    twilioStatus: 'Twilio call status',
    twirpCode: 'Twirp error code',
  },
  notes: {
    'elevenlabs.name-from-variables': ({ path = '' }) =>
      `ElevenLabs has no field for the customer's name; this one was read from ${path}.`,
    'elevenlabs.audio-only': () =>
      'This delivery carries only the audio. The transcript, outcome and cost of the same conversation come in its post_call_transcription webhook.',
  },
};

/** The payload's format line: "ElevenLabs webhook: Post-call transcription". */
export function elevenlabsFormat(event: string): { label: string; description: string } {
  const text = Object.hasOwn(elevenlabsGlossary.events, event)
    ? elevenlabsGlossary.events[event]
    : undefined;
  return text === undefined
    ? {
        label: 'ElevenLabs webhook',
        description:
          'A webhook ElevenLabs sent about a conversation, of a type Hookline does not know.',
      }
    : { label: `ElevenLabs webhook: ${text.label}`, description: text.description };
}

/** The format line for a conversation pasted without the webhook envelope. */
export const elevenlabsConversationFormat = {
  label: 'ElevenLabs conversation',
  description:
    'A conversation as the ElevenLabs API returns it (GET conversation), or the "data" of a post_call_transcription webhook without its envelope.',
} as const;

/** Labels for the facts shown for an event of an unknown type. */
export const elevenlabsFacts = {
  conversation_id: 'Conversation id',
  agent_id: 'Agent id',
  status: 'Status',
} as const;

/** What a wrongly typed ElevenLabs field should hold, for its warning. */
export const elevenlabsExpected = {
  credits: 'a number of ElevenLabs credits',
  usd: 'an amount in US dollars (a number)',
  base64Audio: 'the audio as base64 text',
} as const;

export const elevenlabsProblems = {
  noData:
    'The payload has no "data" object, so the conversation, its outcome and its transcript are missing.',
} as const;
