/**
 * User-visible text: Vapi's words. Meanings follow Vapi's own docs, in our words: VapiAI/docs
 * fern/server-url/events.mdx, the `ServerMessage*` descriptions and enums in
 * fern/apis/api/openapi.json (2026). End reasons live in vapi-end-reasons.ts.
 */
import { bad, going, ok, plain, warn } from './tones';
import type { VendorGlossary } from './types';
import { vapiEndReasonFamilies, vapiEndReasons } from './vapi-end-reasons';

const NOT_A_CALL = 'Sent during the call; not a finished call.';

/** A mid-call message: its label and what it is, ending with the reminder that it is no report. */
const during = (label: string, what: string) => ({
  label,
  description: `${what} ${NOT_A_CALL}`,
});
const about = (label: string, what: string) => ({
  label,
  description: `${what} Not a call report.`,
});

export const vapiGlossary: VendorGlossary = {
  name: 'Vapi',
  events: {
    'end-of-call-report': {
      label: 'End-of-call report',
      description:
        'Sent when the call has ended and post-processing is done: the outcome, transcript, recording, analysis and cost.',
    },
    'status-update': {
      label: 'Status update',
      description:
        'Sent whenever the call status changes (queued, ringing, in progress, forwarding, ended). Only the "ended" update says why the call ended; any other status is not a finished call. The full record comes in the end-of-call report.',
    },
    'assistant-request': about(
      'Assistant request',
      'Sent for an incoming call to ask your server which assistant should answer it.',
    ),
    'assistant.speechStarted': during(
      'Assistant speech started',
      "Sent as the assistant's audio starts playing.",
    ),
    'call.artifact.upload': about(
      'Artifact upload',
      'Sent after a call to say whether each recording and log was stored in your own storage.',
    ),
    'call.delete.failed': about('Call delete failed', 'Sent when deleting a call failed.'),
    'call.deleted': about('Call deleted', 'Sent when a call was deleted.'),
    'call.endpointing.request': during(
      'Endpointing request',
      'Sent to your custom endpointing server to ask whether the caller has finished speaking.',
    ),
    'campaign.predial': about(
      'Campaign pre-dial',
      "Sent to the campaign's server before each contact is dialled, to decide whether to call.",
    ),
    'chat.created': about('Chat created', 'Sent when a text chat is created; a chat, not a call.'),
    'chat.deleted': about('Chat deleted', 'Sent when a text chat is deleted; a chat, not a call.'),
    'conversation-update': during(
      'Conversation update',
      'Sent each time the conversation history changes, with the messages so far.',
    ),
    'function-call': during(
      'Function call (legacy)',
      'The older form of tool-calls: the assistant asks your server to run a function.',
    ),
    'handoff-destination-request': during(
      'Handoff destination request',
      'Sent when the model wants to hand off to another assistant but the destination is unknown.',
    ),
    hang: during(
      'Hang',
      'Sent when the assistant has been silent too long because of a delay (a slow model, voice or tool).',
    ),
    'knowledge-base-request': during(
      'Knowledge base request',
      'Sent to your server to fetch knowledge base documents for the conversation.',
    ),
    'language-change-detected': during(
      'Language change detected',
      'Sent when the transcriber switched language because it heard another one.',
    ),
    'model-output': during('Model output', 'Sent as the language model outputs tokens.'),
    'phone-call-control': during(
      'Phone call control',
      'Sent to let your server hang up or forward the call itself.',
    ),
    'session.created': about('Session created', 'Sent when a session is created.'),
    'session.deleted': about('Session deleted', 'Sent when a session is deleted.'),
    'session.updated': about('Session updated', 'Sent when a session is updated.'),
    'speech-update': during(
      'Speech update',
      'Sent whenever the assistant or the caller starts or stops speaking.',
    ),
    'tool-calls': during(
      'Tool calls',
      'Sent to ask your server to run tools; your answer is the tool result.',
    ),
    transcript: during(
      'Transcript',
      'Sent as the transcriber outputs a partial or final transcript.',
    ),
    'transcript[transcriptType="final"]': during(
      'Final transcript',
      'Sent as the transcriber outputs a final transcript.',
    ),
    'transfer-destination-request': during(
      'Transfer destination request',
      'Sent when the model wants to transfer the call but the destination is unknown: your server answers with one.',
    ),
    'transfer-update': during('Transfer update', 'Sent whenever a transfer happens.'),
    'user-interrupted': during(
      'User interrupted',
      'Sent when the caller interrupts the assistant.',
    ),
    'voice-input': during(
      'Voice input',
      'Sent when a generation is requested from the voice provider.',
    ),
    'voice-request': during(
      'Voice request',
      'Sent to your custom voice server to turn text into audio.',
    ),
  },
  codes: {
    status: {
      scheduled: going('Scheduled', 'The call is scheduled for later.'),
      queued: going('Queued', 'The call is queued and about to start.'),
      ringing: going('Ringing', 'The call is ringing.'),
      'in-progress': going('In progress', 'The call has started.'),
      forwarding: going('Forwarding', 'The call is about to be forwarded.'),
      ended: ok('Ended', 'The call has ended; the end reason says how.'),
      'not-found': bad('Not found', 'Vapi could not find the call.'),
      'deletion-failed': bad('Deletion failed', 'Deleting the call failed.'),
    },
    endReason: vapiEndReasons,
    callType: {
      inboundphonecall: plain('Inbound phone call', 'Someone called the assistant’s number.'),
      outboundphonecall: plain('Outbound phone call', 'The assistant called the customer.'),
      webcall: plain('Web call', 'A call from a browser or app, with no phone numbers.'),
      'vapi.websocketcall': plain(
        'Websocket call',
        'A call whose audio streams over a websocket, with no phone numbers.',
      ),
    },
    transferStatus: {
      connected: ok('Connected', 'The transfer target answered and was connected.'),
      completed: ok('Completed', 'The transfer completed.'),
      'no-answer': warn('No answer', 'The transfer target did not answer.'),
      busy: warn('Busy', 'The transfer target was busy.'),
      voicemail: warn('Voicemail', "The transfer reached the target's voicemail."),
      failed: bad('Failed', 'The transfer failed.'),
      cancelled: warn('Cancelled', 'The transfer was cancelled.'),
    },
    provider: {
      twilio: plain('Twilio', 'The call ran over Twilio.'),
      vonage: plain('Vonage', 'The call ran over Vonage.'),
      telnyx: plain('Telnyx', 'The call ran over Telnyx.'),
      vapi: plain('Vapi', "The call ran over Vapi's own telephony."),
    },
    toolKind: {
      function: plain('Function', 'A custom function: Vapi sends the call to your server.'),
      apirequest: plain('API request', 'An HTTP request Vapi makes for the assistant.'),
      transfercall: plain('Transfer call', 'Transfers the call to a number or SIP address.'),
      endcall: plain('End call', 'Ends the call.'),
      dtmf: plain('Keypad tones', 'Presses phone keys (DTMF), e.g. to get through a menu.'),
      query: plain('Knowledge base query', 'Looks something up in a knowledge base.'),
      knowledgebase: plain('Knowledge base', 'Looks something up in a knowledge base.'),
      handoff: plain('Handoff', 'Hands the call to another assistant.'),
      voicemail: plain('Voicemail', 'Leaves a voicemail message.'),
      sms: plain('SMS', 'Sends a text message.'),
      siprequest: plain('SIP request', 'Sends a SIP request on the call.'),
      mcp: plain('MCP', 'Runs a tool from an MCP server.'),
      output: plain('Output', 'Sends output to the client.'),
      code: plain('Code', 'Runs code.'),
      bash: plain('Bash', 'Runs a shell command.'),
      computer: plain('Computer', 'Controls a computer.'),
      texteditor: plain('Text editor', 'Edits text files.'),
      make: plain('Make', 'Runs a Make scenario.'),
      ghl: plain('GoHighLevel', 'Runs a GoHighLevel workflow.'),
      'google.calendar.availability.check': plain(
        'Google Calendar: check availability',
        'Checks free times in a Google Calendar.',
      ),
      'google.calendar.event.create': plain(
        'Google Calendar: create event',
        'Creates an event in a Google Calendar.',
      ),
      'google.sheets.row.append': plain('Google Sheets: add row', 'Adds a row to a Google Sheet.'),
      'gohighlevel.calendar.availability.check': plain(
        'GoHighLevel: check availability',
        'Checks free times in a GoHighLevel calendar.',
      ),
      'gohighlevel.calendar.event.create': plain(
        'GoHighLevel: create event',
        'Creates an event in a GoHighLevel calendar.',
      ),
      'gohighlevel.contact.create': plain(
        'GoHighLevel: create contact',
        'Creates a GoHighLevel contact.',
      ),
      'gohighlevel.contact.get': plain(
        'GoHighLevel: get contact',
        'Looks up a GoHighLevel contact.',
      ),
      'slack.message.send': plain('Slack message', 'Sends a Slack message.'),
    },
  },
  families: { endReason: vapiEndReasonFamilies },
  detailKinds: {
    provider: 'Telephony provider',
    transferStatus: 'Transfer',
  },
  notes: {
    'vapi.offsets-before-start': ({ seconds = '', path = '' }) =>
      `Turn times in ${path} count from the first message Vapi logged, ${seconds} s before the call's start time (startedAt).`,
    'vapi.call-status-snapshot': ({ status = '', path = 'message.call.status' }) =>
      `${path} says "${status}" because Vapi copies the call as it was when created; the outcome comes from endedReason.`,
  },
};

/** The payload's format line: "Vapi webhook: End-of-call report". */
export function vapiFormat(type: string): { label: string; description: string } {
  const text = Object.hasOwn(vapiGlossary.events, type) ? vapiGlossary.events[type] : undefined;
  return text === undefined
    ? {
        label: `Vapi webhook: ${type}`,
        description: `A server message Vapi sent ("${type}", a type not in Vapi's 2026 list); not a call report.`,
      }
    : { label: `Vapi webhook: ${text.label}`, description: text.description };
}

/** The format line of a bare Call object, which has no event of its own. */
export const vapiCallFormat = {
  label: 'Vapi call (API)',
  description:
    "A call as Vapi's API or dashboard returns it (GET /call/:id): the end-of-call report's fields with the call's real final status.",
};

/** Labels for the facts shown for messages that are not a finished call. */
export const vapiFacts = {
  callId: 'Call id',
  status: 'Call status',
  speech: 'Speech',
  endedReason: 'Ended reason',
  role: 'Speaker',
  transcriptType: 'Transcript type',
  transcript: 'Transcript',
  tools: 'Tools called',
  destination: 'Transfer to',
  customer: 'Customer',
  messages: 'Messages so far',
  output: 'Model output',
} as const;
