/**
 * User-visible text: Bland AI's words. Meanings follow Bland's own docs, in our words, as
 * mirrored in CINTELLILABS/docs (commit 91809e1): api-v1/get/calls-id.mdx (status, queue_status,
 * answered_by, call_ended_by, units), api-v1/post/calls.mdx (built-in disposition tags, live
 * webhook_events), tutorials/post-call-webhooks.mdx (error_message reference, post-processing
 * webhooks), tutorials/warm-transfer.mdx (transfer states). Codes are keyed in lower case.
 */
import { bad, going, ok, plain, warn } from './tones';
import type { CodeText, VendorGlossary } from './types';

const NEVER_CONNECTED = 'The call never connected:';

const endedBy: Record<string, CodeText> = {
  assistant: ok('Agent hung up', 'call_ended_by ASSISTANT: the AI agent ended the call.'),
  user: ok('Caller hung up', 'call_ended_by USER: the person on the line ended the call.'),
};

const errorMessage: Record<string, CodeText> = {
  'call failed.': bad('Call failed', `${NEVER_CONNECTED} Bland's general call failure message.`),
  'call failed. the number you dialed is not found.': bad(
    'Number not found (SIP 404)',
    `${NEVER_CONNECTED} the number is invalid or not in service (the carrier answered SIP 404 Not Found). Check the number's format and that it is active.`,
  ),
  'call failed. the number you dialed is temporarily unavailable.': warn(
    'Temporarily unavailable (SIP 480)',
    `${NEVER_CONNECTED} the network or carrier could not reach the number for now (SIP 480 Temporarily Unavailable). Retry after a short delay.`,
  ),
  'call failed. the number you dialed is busy. please try again later.': warn(
    'Busy (SIP 486)',
    `${NEVER_CONNECTED} the line was busy (SIP 486 Busy Here). Try again at another time.`,
  ),
  'call failed. service provider blocked call due to spam or number reputation. try a different number.':
    bad(
      'Blocked as spam (SIP 608)',
      `${NEVER_CONNECTED} the carrier blocked it for spam or the calling number's reputation (SIP 608 Rejected). Use a different "from" number or ask your carrier.`,
    ),
  'a database error occurred. please contact support.': bad(
    'Bland database error',
    'An error inside Bland (its database). Bland asks you to contact its support.',
  ),
  'unable to start call. check the call details error_message for more details.': bad(
    'Call could not start',
    'Bland could not dispatch the call. The call details (GET /v1/calls/{id}) may say more in their error_message.',
  ),
  unknown: bad('Unknown error', "Bland's fallback error message: the cause was not recorded."),
};

const errorFamilies = [
  {
    prefix: 'call failed.',
    ...bad(
      'Call failed',
      `${NEVER_CONNECTED} a call failure text Bland does not list, so the exact cause is unknown.`,
    ),
  },
  {
    prefix: 'account not allowed to call',
    ...bad(
      'Number not allowed',
      "Bland refused to place the call: the account may not call this number (Bland's docs show this text in their webhook examples without explaining it).",
    ),
  },
];

const disposition: Record<string, CodeText> = {
  interested: ok('Interested', 'The customer showed clear interest in the offering.'),
  not_interested: plain('Not interested', 'The customer said they are not interested.'),
  follow_up_required: warn('Follow-up required', 'The customer needs more follow-up.'),
  call_back_scheduled: ok('Callback scheduled', 'A callback appointment was scheduled.'),
  transferred: plain(
    'Transferred (per the AI)',
    'The AI judged from the transcript that the call was transferred. Only warm_transfer_call.state MERGED proves a transfer connected.',
  ),
  objection_raised: warn('Objection raised', 'The customer raised concerns or objections.'),
  needs_more_info: warn('Needs more info', 'The customer needs more information.'),
  not_qualified: plain('Not qualified', 'The customer does not meet the qualification criteria.'),
  no_contact_made: warn('No contact made', 'No meaningful contact was made.'),
  completed_action: ok('Completed action', 'The customer completed the desired action.'),
  do_not_contact: warn('Do not contact', 'The customer asked not to be contacted again.'),
  agent_ended_call: plain(
    'Agent ended call',
    'Set by Bland itself for calls over 2 minutes without a transcript: the AI ended the call.',
  ),
  no_answer: warn('No answer', 'Set by Bland itself: the call was not answered.'),
  busy: warn('Busy', 'Set by Bland itself: the number was busy.'),
  canceled: plain('Canceled', 'Set by Bland itself: the call was canceled.'),
  failed: bad('Failed', 'Set by Bland itself: the call failed to connect.'),
};

export const blandGlossary: VendorGlossary = {
  name: 'Bland AI',
  events: {
    'post-call': {
      label: 'Post-call webhook',
      description:
        'Sent once the call has ended (up to a minute later, while answered_by is worked out), with the whole call record.',
    },
    log: {
      label: 'Live call event',
      description:
        'One log line streamed during a call for the webhook_events you subscribed to; not a finished call.',
    },
    citations: {
      label: 'Citations',
      description:
        'Post-processing webhook with the variables extracted from the transcript (citations), sent 30 to 60 seconds after the call.',
    },
    corrected_transcript: {
      label: 'Corrected transcript',
      description: 'Post-processing webhook with the corrected, speaker-labelled transcript.',
    },
    dispositions: {
      label: 'Dispositions',
      description: 'Post-processing webhook with the outcome (disposition) results.',
    },
    post_transfer_transcript: {
      label: 'Post-transfer transcript',
      description:
        'Post-processing webhook with the conversation after the call was transferred to a human.',
    },
    live_translation_transcript: {
      label: 'Live translation transcript',
      description: 'Post-processing webhook with the transcript of a live-translated call.',
    },
    multiple: {
      label: 'Post-processing results',
      description:
        'Post-processing webhook carrying more than one enrichment; its contents list says which.',
    },
  },
  codes: {
    status: {
      completed: ok(
        'Completed',
        'The call was answered and ended normally, by a person or by voicemail (see answered_by).',
      ),
      failed: bad('Failed', 'The call failed to connect or to complete; error_message says why.'),
      busy: warn('Busy', `${NEVER_CONNECTED} the number called was busy.`),
      'no-answer': warn('No answer', `${NEVER_CONNECTED} nobody answered.`),
      canceled: plain('Canceled', 'The call was canceled before it completed.'),
      unknown: plain('Unknown', 'Bland could not determine the status of the call.'),
    },
    queueStatus: {
      new: going('New', 'Bland has received the API request for the call.'),
      queued: going(
        'Queued',
        'The call parameters were validated and the call waits in the queue.',
      ),
      allocated: going('Allocated', 'The call is being dispatched (a very brief stage).'),
      started: going('Started', 'The phone call is live.'),
      complete: ok('Complete', 'The phone call has ended.'),
      completed: ok(
        'Complete',
        'The phone call has ended (a spelling one Bland docs example uses).',
      ),
      pre_queue_error: bad(
        'Error before queueing',
        'An error before the call was queued, usually invalid parameters; error_message says more.',
      ),
      queue_error: bad(
        'Error while queued',
        'An error while the call was queued, for example a valid number in an area Bland does not serve.',
      ),
      call_error: bad(
        'Error during the call',
        'An error during the live call, for example a transfer to an invalid number.',
      ),
      complete_error: warn(
        'Error after the call',
        'An error after the call had ended, for example a post-call webhook that failed.',
      ),
    },
    answeredBy: {
      human: ok('Human', 'A person answered (judged from the first five seconds of audio).'),
      voicemail: warn('Voicemail', 'An answering machine or voicemail answered.'),
      unknown: plain(
        'Unknown',
        'Not enough audio at the start of the call to tell; most likely a person, especially when there are several transcript turns.',
      ),
      'no-answer': warn('No answer', 'Nobody answered the call.'),
    },
    endedBy,
    endReason: { ...endedBy, ...errorMessage },
    errorMessage,
    disposition,
    transferState: {
      started: going('Transfer started', 'The warm transfer began and had not finished.'),
      merged: ok('Transfer connected', 'A human agent answered and the calls were merged.'),
      cancelled: bad(
        'Transfer cancelled',
        'The warm transfer was cancelled: the customer hung up while it was under way.',
      ),
      no_answer: bad('Transfer not answered', 'No human agent picked up any transfer attempt.'),
      timed_out: bad(
        'Transfer timed out',
        'The hold timeout ran out before a human agent was connected.',
      ),
    },
    proxyCallState: {
      waiting: going('Waiting', 'This attempt to reach an agent had not been dialled yet.'),
      attempting: going('Attempting', 'The agent was being dialled.'),
      queued: going('Queued', 'The agent call was connected and waiting to be merged.'),
      started: going('Ringing', "The agent's phone was ringing."),
      merged: ok('Merged', 'This agent call was merged with the customer.'),
      failed: bad('Failed', 'This attempt failed on a network or system error.'),
      hung_up: warn('Hung up', 'The agent hung up: not available, or declined.'),
      cancelled: plain('Cancelled', 'The customer call ended, so this attempt was cancelled.'),
    },
    transcriptRole: {
      user: plain('Caller', 'The person on the line.'),
      assistant: plain('Agent', 'The AI agent.'),
      robot: plain('Robot', 'Bland lists this speaker without saying what it is.'),
      'agent-action': plain(
        'Agent action',
        'Something the agent did rather than said, such as "Ended call".',
      ),
    },
  },
  families: {
    // Any tag outside the built-in list is one of your own (the empty prefix matches them all).
    disposition: [
      {
        prefix: '',
        ...plain(
          'Custom tag',
          "A tag from your own `dispositions` list: Bland's AI picked it from the transcript after the call.",
        ),
      },
    ],
    errorMessage: errorFamilies,
    endReason: errorFamilies,
  },
  detailKinds: {
    queueStatus: 'Queue status',
    answeredBy: 'Answered by',
    errorMessage: 'Error message',
    disposition: 'Disposition tag',
    transferState: 'Warm transfer',
    proxyCallState: 'Agent call attempt',
  },
  notes: {
    'bland.transfer-not-merged': ({ path = 'disposition_tag', state }) =>
      `${path} says TRANSFERRED, but ${state === undefined ? 'no warm_transfer_call state was sent' : `warm_transfer_call.state is ${state}`}: the tag is the AI's reading of the transcript, and only the state MERGED shows the transfer connected.`,
    'bland.durations-disagree': ({ lengthRaw, lengthShown, correctedRaw, correctedShown }) =>
      `call_length (${lengthRaw} minutes, ${lengthShown}) and corrected_duration ("${correctedRaw}" seconds, ${correctedShown}) disagree; the card shows call_length.`,
    'bland.transfer-timing': ({ before, after }) =>
      [
        before === undefined
          ? undefined
          : `The transfer came ${before} into the call (pre_transfer_duration, in minutes).`,
        after === undefined
          ? undefined
          : `After it the call went on for ${after} (post_transfer_duration, in minutes).`,
      ]
        .filter((s) => s !== undefined)
        .join(' '),
    'bland.never-connected-duration': ({ path = 'call_length' }) =>
      `The call never connected, so no duration is shown: ${path} is 0 because nobody answered, not because the call lasted 0:00.`,
    'bland.name-from-metadata': ({ path = '' }) =>
      `Bland has no field for the customer's name; this one was read from ${path}.`,
    'bland.error-on-completed-call': ({ message = '' }) =>
      `The call completed, yet error_message says "${message}". Bland's own examples show this on completed calls too, so it may not concern this call.`,
    'bland.post-transfer-transcript': ({ path = 'post_transfer_transcript' }) =>
      `The turns after the transfer come from ${path}: the caller and the human representative, timed from transfer_offset_seconds.`,
    'bland.transcript-reordered': ({ path = 'transcripts' }) =>
      `Bland does not send ${path} in time order; the turns are shown sorted by their created_at.`,
  },
};

/** The payload's format line: "Bland AI webhook: Post-call webhook". */
export function blandFormat(event: string): { label: string; description: string } {
  const text = Object.hasOwn(blandGlossary.events, event) ? blandGlossary.events[event] : undefined;
  return text === undefined
    ? { label: 'Bland AI webhook', description: 'A webhook Bland AI sent about a call.' }
    : { label: `Bland AI ${text.label.toLowerCase()}`, description: text.description };
}

/** Labels for the facts shown for live log lines and post-processing webhooks. */
export const blandFacts = {
  call_id: 'Call id',
  category: 'Category',
  log_level: 'Level',
  message: 'Message',
  event_type: 'Contents',
  timestamp: 'Sent at',
  contents: 'Includes',
} as const;
