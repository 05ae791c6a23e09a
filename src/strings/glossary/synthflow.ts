/**
 * User-visible text: Synthflow's words. Where Synthflow's own webhook page
 * (reference/seed-webhooks-doc.txt) explains a code, its sentence is kept word for word; codes
 * that page does not list carry a plain explanation from newer Synthflow docs: the webhooks page,
 * the changelog (2026-03-06 custom end-call reasons, 2026-03-18 voicemail messages, 2026-06-16
 * user-canceled) and the calls API reference.
 */
import type { Tone } from '../../model/record';
import type { CodeText, VendorGlossary } from './types';

/** A code's words in one tone: `bad('Failed', '…')`. */
const inTone =
  (tone: Tone) =>
  (label: string, explanation: string): CodeText => ({ label, explanation, tone });
const ok = inTone('success');
const warn = inTone('warning');
const bad = inTone('danger');
const plain = inTone('neutral');
const going = inTone('progress');

const synthflowStatuses: Record<string, CodeText> = {
  completed: ok('Completed', 'Phone call was successful.'),
  failed: bad('Failed', 'Phone call failed.'),
  queue: going('Queued', 'Phone call is queued and will be executed.'),
  paused: going('Paused', 'Phone call is put on hold.'),
  initiated: going('Initiated', 'Phone call has started.'),
  'no-answer': warn('No answer', 'Phone call was not answered.'),
  busy: warn('Busy', "Recipient's line was occupied with another call."),
  hangup_on_voicemail: warn(
    'Hung up on voicemail',
    'Voicemail was detected and the call was terminated.',
  ),
  pending: going('Pending', 'The call is waiting to be placed.'),
  ringing: going('Ringing', 'The phone is ringing and nobody has answered yet.'),
  'in-progress': going('In progress', 'The call is connected and still going on.'),
  canceled: warn('Canceled', 'The call was canceled before it took place.'),
  'user-canceled': warn(
    'Canceled by user',
    'The caller hung up within the first second, before the agent answered. Synthflow does not bill these calls.',
  ),
  left_voicemail: plain('Left voicemail', 'Voicemail answered and the assistant left a message.'),
  spam: bad('Spam', 'The call was flagged as spam.'),
  registered: going('Registered', 'The call is registered and has not started yet.'),
};

/** The end-call reasons Synthflow documents (the seed page, then newer docs). */
const synthflowEndReasons: Record<string, CodeText> = {
  voicemail: warn('Voicemail', 'The call was answered by voicemail.'),
  human_goodbye: ok(
    'Caller said goodbye',
    'The call was answered by a human, and the human was the first to say goodbye.',
  ),
  agent_goodbye: ok(
    'Assistant said goodbye',
    'The call was answered by a human, and the AI assistant was the first to say goodbye.',
  ),
  human_pick_up_cut_off: warn(
    'Cut off after pick-up',
    'The call was answered by a human but was cut off abruptly without a proper goodbye.',
  ),
  max_duration: warn('Maximum duration reached', 'The call exceeded the maximum set duration.'),
  undefined: plain('Not specified', 'The reason for the call ending is not specified.'),
  voicemail_message_left: plain(
    'Voicemail message left',
    'Voicemail answered and the assistant left a message.',
  ),
  custom_end_call: plain(
    'Custom end of call',
    'The assistant ended the call by a custom rule; its reason is shown.',
  ),
  user_canceled: warn(
    'Canceled by user',
    'The caller hung up within the first second, before the agent answered.',
  ),
  human_hangup: ok(
    'Caller hung up',
    'The person on the line hung up (shown in the calls API reference, not in the webhook docs).',
  ),
};

/** Values seen in end_call_reason in real payloads that Synthflow does not document as reasons. */
const observedEndReasons: Record<string, CodeText> = {
  completed: plain(
    'Not a reason',
    'Synthflow sends "completed" here in its own example; the real reason, if any, is in error_message.',
  ),
  'failed to start outbound call': bad(
    'Failed to start the call',
    'Synthflow could not place the outbound call (seen in real payloads; not a documented reason code).',
  ),
};

const actionTypes: Record<string, CodeText> = {
  extract_info_action_type: plain('Extract info', 'Pulls a piece of information out of the call.'),
  transfer_call_action_type: plain('Transfer call', 'Transfers the call to another number.'),
  send_sms_action_type: plain('Send SMS', 'Sends a text message.'),
  calcom_booking_action_type: plain('Cal.com booking', 'Books an appointment in Cal.com.'),
  custom_function_action_type: plain('Custom function', 'Calls your own API endpoint.'),
};

/** The analysis keys Synthflow's LLM judge is known to send, with what each one judges. */
const judgements: Record<string, CodeText> = {
  goal: plain('Goal', 'Did the agent reach the goal of the call?'),
  persona: plain('Persona', 'Did the agent keep to its persona?'),
  style: plain('Style', 'Did the agent keep to the style it was given?'),
  steps: plain('Steps', 'Did the agent follow the steps of its prompt?'),
  knowledge: plain('Knowledge', 'Did the agent answer from its knowledge correctly?'),
  appointment: plain('Appointment', 'Was an appointment booked?'),
  objections: plain('Objections', "Did the agent handle the caller's objections?"),
  user_sentiment: plain('User sentiment', "The judge's reading of the caller's sentiment."),
  agent_sentiment: plain('Agent sentiment', "The judge's reading of the agent's tone."),
  call_completion: plain('Call completion', 'Did the call run to its end?'),
  answered_by_human: plain('Answered by a human', 'Did a person, not a machine, answer?'),
  opted_in: plain('Opted in', 'Did the caller agree to what was offered?'),
  no_opt_out: plain('No opt-out', 'Did the caller not ask to be taken off the list?'),
  // A pass/fail flag from the judge, not prose (payload quirk 6).
  call_summary: plain('Call summary check', 'A pass/fail check of the judge, not a summary text.'),
};

export const synthflowGlossary: VendorGlossary = {
  name: 'Synthflow',
  events: {
    call_inbound: {
      label: 'Inbound call',
      description:
        'Synthflow asks your webhook about an incoming call before the assistant answers it; it is not a call report.',
    },
  },
  codes: {
    status: synthflowStatuses,
    endReason: { ...synthflowEndReasons, ...observedEndReasons },
    toolKind: actionTypes,
    judgement: judgements,
  },
  detailKinds: {
    customReason: 'Custom end-call reason',
    errorMessage: 'Error message',
    telephonyHangup: 'Hung up by (telephony)',
    telephonyDisconnectReason: 'Telephony disconnect reason',
  },
  notes: {
    'synthflow.reason-from-error-message': ({ replaced }) =>
      replaced === undefined
        ? 'Read from error_message, because call.end_call_reason is missing.'
        : `Read from error_message, because call.end_call_reason says "${replaced}", which is not an end-call reason.`,
    'synthflow.never-connected-duration': ({ path = '' }) =>
      `The call never connected, so no duration is shown: ${path} is 0 because nothing was said, not because the call lasted 0:00.`,
    'synthflow.duration-from-telephony': ({ path = '' }) =>
      `No call duration was sent, so this is the telephony leg's duration from ${path}.`,
  },
};

/** The payload's format line, by what the payload is. */
export const synthflowFormats = {
  'post-call': {
    label: 'Synthflow post-call webhook',
    description: 'The report Synthflow sends to your webhook URL when a call has ended.',
  },
  inbound: {
    label: 'Synthflow inbound-call webhook',
    description:
      'Synthflow asks your webhook about an incoming call before the assistant answers it; it is not a call report.',
  },
  'api-call': {
    label: 'Synthflow calls API record',
    description: "One call as Synthflow's calls API (GET /v2/calls) returns it.",
  },
  'api-list': {
    label: 'Synthflow calls API list',
    description:
      "A page of Synthflow's calls API (GET /v2/calls): each call in it reads as its own card.",
  },
} as const;

/** Labels for the facts shown for payloads that are not a call. */
export const synthflowFacts = {
  from: 'From',
  to: 'To',
  modelId: 'Assistant (model id)',
  calls: 'Calls in this list',
  totalRecords: 'Calls in all pages',
} as const;
