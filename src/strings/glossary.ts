/**
 * User-visible text: glossary. What vendor codes mean. Where Synthflow's own webhook page
 * (reference/seed-webhooks-doc.txt) explains a code, its sentence is kept word for word; codes
 * that page does not list (added by newer Synthflow docs) carry our own plain explanation.
 */

import type { Tone } from '../model/call-record';

interface CodeText {
  label: string;
  explanation: string;
  tone: Tone;
}

const statuses: Record<string, CodeText> = {
  completed: { label: 'Completed', explanation: 'Phone call was successful.', tone: 'success' },
  failed: { label: 'Failed', explanation: 'Phone call failed.', tone: 'danger' },
  queue: {
    label: 'Queued',
    explanation: 'Phone call is queued and will be executed.',
    tone: 'progress',
  },
  paused: { label: 'Paused', explanation: 'Phone call is put on hold.', tone: 'progress' },
  initiated: { label: 'Initiated', explanation: 'Phone call has started.', tone: 'progress' },
  'no-answer': { label: 'No answer', explanation: 'Phone call was not answered.', tone: 'warning' },
  busy: {
    label: 'Busy',
    explanation: "Recipient's line was occupied with another call.",
    tone: 'warning',
  },
  hangup_on_voicemail: {
    label: 'Hung up on voicemail',
    explanation: 'Voicemail was detected and the call was terminated.',
    tone: 'warning',
  },
  pending: {
    label: 'Pending',
    explanation: 'The call is waiting to be placed.',
    tone: 'progress',
  },
  ringing: {
    label: 'Ringing',
    explanation: 'The phone is ringing and nobody has answered yet.',
    tone: 'progress',
  },
  'in-progress': {
    label: 'In progress',
    explanation: 'The call is connected and still going on.',
    tone: 'progress',
  },
  canceled: {
    label: 'Canceled',
    explanation: 'The call was canceled before it took place.',
    tone: 'warning',
  },
  'user-canceled': {
    label: 'Canceled by user',
    explanation: 'Someone canceled the call before it took place.',
    tone: 'warning',
  },
  left_voicemail: {
    label: 'Left voicemail',
    explanation: 'Voicemail answered and the assistant left a message.',
    tone: 'neutral',
  },
  spam: {
    label: 'Spam',
    explanation: 'The call was flagged as spam.',
    tone: 'danger',
  },
  registered: {
    label: 'Registered',
    explanation: 'The call is registered and has not started yet.',
    tone: 'progress',
  },
};

const endReasons: Record<string, CodeText> = {
  voicemail: {
    label: 'Voicemail',
    explanation: 'The call was answered by voicemail.',
    tone: 'warning',
  },
  human_goodbye: {
    label: 'Caller said goodbye',
    explanation: 'The call was answered by a human, and the human was the first to say goodbye.',
    tone: 'success',
  },
  agent_goodbye: {
    label: 'Assistant said goodbye',
    explanation:
      'The call was answered by a human, and the AI assistant was the first to say goodbye.',
    tone: 'success',
  },
  human_pick_up_cut_off: {
    label: 'Cut off after pick-up',
    explanation:
      'The call was answered by a human but was cut off abruptly without a proper goodbye.',
    tone: 'warning',
  },
  max_duration: {
    label: 'Maximum duration reached',
    explanation: 'The call exceeded the maximum set duration.',
    tone: 'warning',
  },
  undefined: {
    label: 'Not specified',
    explanation: 'The reason for the call ending is not specified.',
    tone: 'neutral',
  },
  voicemail_message_left: {
    label: 'Voicemail message left',
    explanation: 'Voicemail answered and the assistant left a message.',
    tone: 'neutral',
  },
  custom_end_call: {
    label: 'Custom end of call',
    explanation: 'The assistant ended the call by a custom rule; its reason is shown.',
    tone: 'neutral',
  },
  user_canceled: {
    label: 'Canceled by user',
    explanation: 'Someone canceled the call before it ended on its own.',
    tone: 'warning',
  },
};

const actionTypes: Record<string, string> = {
  extract_info_action_type: 'Extract info',
  transfer_call_action_type: 'Transfer call',
  send_sms_action_type: 'Send SMS',
  calcom_booking_action_type: 'Cal.com booking',
  custom_function_action_type: 'Custom function',
};

/** Labels for the analysis keys Synthflow's LLM judge is known to send. Others are humanised. */
const analysisKeys: Record<string, string> = {
  goal: 'Goal',
  persona: 'Persona',
  style: 'Style',
  steps: 'Steps',
  knowledge: 'Knowledge',
  appointment: 'Appointment',
  objections: 'Objections',
  user_sentiment: 'User sentiment',
  agent_sentiment: 'Agent sentiment',
  call_completion: 'Call completion',
  answered_by_human: 'Answered by a human',
  opted_in: 'Opted in',
  no_opt_out: 'No opt-out',
  // A pass/fail flag from the judge, not prose (payload quirk 6).
  call_summary: 'Call summary check',
};

export const glossary = {
  statuses,
  endReasons,
  actionTypes,
  analysisKeys,
  analysisValues: {
    true: 'Yes',
    false: 'No',
    partial: 'Partly',
    not_applicable: 'Not applicable',
  },
  unknownStatus: (raw: string) =>
    `"${raw}" is not in Synthflow's list of call statuses, so its meaning is unknown.`,
  unknownEndReason: (raw: string) =>
    `"${raw}" is not in Synthflow's list of end-call reasons, so its meaning is unknown.`,
  /** Says why the end reason was read from error_message (the seed example does this). */
  endReasonFromErrorMessage: (replacedRaw: string | undefined) =>
    replacedRaw === undefined
      ? 'Read from error_message, because call.end_call_reason is missing.'
      : `Read from error_message, because call.end_call_reason says "${replacedRaw}", which is not an end-call reason.`,
  formats: {
    synthflowPostCall: {
      label: 'Synthflow post-call webhook',
      description: 'The report Synthflow sends to your webhook URL when a call has ended.',
    },
    synthflowInbound: {
      label: 'Synthflow inbound-call webhook',
      description:
        'Synthflow asks your webhook about an incoming call before the assistant answers it; it is not a call report.',
    },
    notACall: {
      label: 'Not a call payload',
      description: (shape: string) =>
        `This is ${shape}, not a call payload Hookline knows how to read.`,
    },
    ambiguous: {
      label: 'Platform unclear',
      description: 'More than one platform sends payloads shaped like this one.',
    },
    invalid: {
      label: 'Not readable',
      description: 'The input could not be read as JSON.',
    },
  },
  inboundFacts: {
    from: 'From',
    to: 'To',
    modelId: 'Assistant (model id)',
  },
  /** Names the wrapper a payload was found in, for a note above the card. */
  wrappers: {
    webhookSiteRecord: (method: string | undefined, createdAt: string | undefined) => {
      const details = [method, createdAt === undefined ? undefined : `received ${createdAt} UTC`]
        .filter((part) => part !== undefined)
        .join(', ');
      return details === ''
        ? 'a webhook.site request record'
        : `a webhook.site request record (${details})`;
    },
  },
} as const;
