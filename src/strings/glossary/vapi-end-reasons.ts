/**
 * User-visible text: Vapi's `endedReason` codes, in our words after Vapi's own: VapiAI/docs
 * fern/calls/call-ended-reason.mdx (2026, and ec6b757 of 2024-10 for the reasons since removed)
 * and the enum in fern/apis/api/openapi.json. Vapi documents most of its 627 reasons as
 * families (`pipeline-error-<provider>-<what>`…): those are explained by prefix below.
 */
import { bad, ok, plain, warn } from './tones';
import type { CodeText } from './types';

const NEVER_RANG = 'Failed before the phone rang:';
const ASSISTANT_REQUEST = 'Your server URL was asked for the assistant (assistant-request) and';
const SIP = 'The SIP provider answered the outbound call with';
const OLD = 'Older reason, gone from the 2026 list:';

export const vapiEndReasons: Record<string, CodeText> = {
  'assistant-ended-call': ok(
    'Assistant ended the call',
    'The assistant ended the call, with its end-call tool or function. Expected.',
  ),
  'assistant-ended-call-after-message-spoken': ok(
    'Assistant ended after its last message',
    'The assistant ended the call after speaking its final message. Expected.',
  ),
  'assistant-ended-call-with-hangup-task': ok(
    'Assistant hung up (task)',
    'The assistant ended the call using a hangup task. Expected.',
  ),
  'assistant-said-end-call-phrase': ok(
    'Assistant said an end-call phrase',
    'The assistant said a phrase configured to end the call. Expected.',
  ),
  'assistant-forwarded-call': ok(
    'Transferred',
    'The assistant transferred the call to another number or service.',
  ),
  'assistant-join-timed-out': bad(
    'Assistant did not join',
    'The assistant failed to join the call in time.',
  ),
  'assistant-not-found': bad('Assistant not found', 'The assistant id given does not exist.'),
  'assistant-not-valid': bad('Assistant not valid', "The assistant's configuration is invalid."),
  'assistant-request-failed': bad(
    'Assistant request failed',
    `${ASSISTANT_REQUEST} the request failed.`,
  ),
  'assistant-request-returned-error': bad(
    'Assistant request returned an error',
    `${ASSISTANT_REQUEST} your server answered with an error.`,
  ),
  'assistant-request-returned-unspeakable-error': bad(
    'Assistant request: unspeakable error',
    `${ASSISTANT_REQUEST} your server answered with an error that cannot be spoken to the caller.`,
  ),
  'assistant-request-returned-invalid-assistant': bad(
    'Assistant request: invalid assistant',
    `${ASSISTANT_REQUEST} your server answered with something that is not a valid assistant.`,
  ),
  'assistant-request-returned-no-assistant': bad(
    'Assistant request: no assistant',
    `${ASSISTANT_REQUEST} your server answered with no assistant.`,
  ),
  'assistant-request-returned-forwarding-phone-number': plain(
    'Forwarded by your server',
    `${ASSISTANT_REQUEST} your server answered with a phone number to forward the call to instead of an assistant.`,
  ),
  'call-start-error-neither-assistant-nor-server-set': bad(
    'No assistant and no server URL',
    `${NEVER_RANG} the call had neither an assistant nor a server URL to ask for one.`,
  ),
  'scheduled-call-deleted': plain(
    'Scheduled call deleted',
    'A scheduled call was deleted before it could run.',
  ),
  'call-deleted': plain('Call deleted', 'The call record was deleted.'),
  'manually-canceled': plain(
    'Cancelled manually',
    'The call was cancelled by hand, through the API or the dashboard.',
  ),
  'customer-ended-call': ok('Customer hung up', 'The customer ended the call. Expected.'),
  'customer-busy': warn('Busy', "The customer's line was busy (outbound call)."),
  'customer-did-not-answer': warn(
    'No answer',
    'The customer did not answer (outbound call). To let the assistant talk to phone menus, Vapi suggests turning voicemail detection off.',
  ),
  'customer-did-not-give-microphone-permission': warn(
    'Microphone not allowed',
    'The user did not allow the microphone (web call), so the call could not go on.',
  ),
  'customer-ended-call-before-warm-transfer': warn(
    'Customer hung up before the transfer',
    'The customer hung up before a warm transfer completed.',
  ),
  'customer-ended-call-after-warm-transfer-attempt': warn(
    'Customer hung up after a transfer attempt',
    'The customer hung up after a warm transfer was attempted.',
  ),
  'customer-ended-call-during-transfer': warn(
    'Customer hung up during the transfer',
    'The customer hung up while the call was being transferred.',
  ),
  'exceeded-max-duration': plain(
    'Maximum length reached',
    "The call reached the assistant's maximum duration (maxDurationSeconds) and was ended.",
  ),
  'silence-timed-out': plain(
    'Ended after silence',
    "No speech was heard for the assistant's silence timeout, so the call was ended.",
  ),
  voicemail: warn('Voicemail', 'The call went to voicemail, or voicemail was detected.'),
  'worker-shutdown': bad(
    'Vapi worker shut down',
    'The Vapi worker running the call was shut down (for example during a deployment). Vapi says the call should be retried automatically.',
  ),
  'phone-call-provider-closed-websocket': bad(
    'Provider connection dropped',
    "The phone provider's websocket closed unexpectedly: the caller heard the call drop.",
  ),
  'phone-call-provider-bypass-enabled-but-no-call-received': bad(
    'No call arrived',
    'Phone provider bypass was on, but no call arrived.',
  ),
  'twilio-failed-to-connect-call': bad(
    'Twilio could not connect',
    'Twilio failed to connect the call.',
  ),
  'twilio-reported-customer-misdialed': bad(
    'Misdialed',
    'Twilio reported that the number dialed is invalid.',
  ),
  'call.in-progress.twilio-completed-call': ok(
    'Completed at Twilio',
    'Twilio reported the call as completed on its side.',
  ),
  'vonage-disconnected': plain('Disconnected by Vonage', 'Vonage disconnected the call.'),
  'vonage-failed-to-connect-call': bad(
    'Vonage could not connect',
    'Vonage failed to connect the call.',
  ),
  'vonage-rejected': bad('Rejected by Vonage', 'Vonage rejected the call.'),
  'vonage-completed': ok('Completed at Vonage', 'Vonage reported the call as completed.'),
  'call.in-progress.error-assistant-did-not-receive-customer-audio': bad(
    'No audio from the customer',
    'No audio arrived from the customer: a network or microphone problem, or the customer left without hanging up.',
  ),
  'call.in-progress.error-pipeline-no-available-llm-model': bad(
    'No language model available',
    'No suitable language model was available. Check the model configuration.',
  ),
  'call.in-progress.error-pipeline-ws-model-connection-failed': bad(
    'Custom LLM websocket failed',
    'Vapi could not connect to the custom LLM websocket endpoint.',
  ),
  'call.in-progress.error-transfer-failed': bad(
    'Transfer failed',
    'A call transfer attempt failed.',
  ),
  'call.in-progress.error-warm-transfer-max-duration': bad(
    'Warm transfer took too long',
    'The warm transfer went over its maximum duration.',
  ),
  'call.in-progress.error-warm-transfer-assistant-cancelled': bad(
    'Warm transfer cancelled',
    'The transfer assistant cancelled the warm transfer.',
  ),
  'call.in-progress.error-warm-transfer-silence-timeout': bad(
    'Warm transfer: silence',
    'Nobody spoke for too long during the warm transfer.',
  ),
  'call.in-progress.error-warm-transfer-microphone-timeout': bad(
    'Warm transfer: microphone timeout',
    'The microphone timed out during the warm transfer.',
  ),
  'call.in-progress.error-sip-inbound-call-failed-to-connect': bad(
    'Inbound SIP call failed',
    'The inbound SIP call failed to connect.',
  ),
  'call.in-progress.error-sip-outbound-call-failed-to-connect': bad(
    'Outbound SIP call failed',
    'The outbound SIP call failed to connect.',
  ),
  'call.in-progress.error-providerfault-outbound-sip-403-forbidden': bad(
    'SIP 403 Forbidden',
    `${SIP} 403: the call is forbidden. Check the trunk's credentials and allowed numbers.`,
  ),
  'call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required': bad(
    'SIP 407 Proxy authentication required',
    `${SIP} 407: its proxy requires authentication.`,
  ),
  'call.in-progress.error-providerfault-outbound-sip-408-request-timeout': warn(
    'SIP 408 Request timeout',
    `${SIP} 408: the request timed out. Usually the callee was unavailable.`,
  ),
  'call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable': warn(
    'SIP 480 Temporarily unavailable',
    `${SIP} 480: the destination is temporarily unavailable. Usually the callee was unavailable.`,
  ),
  'call.in-progress.error-providerfault-outbound-sip-503-service-unavailable': bad(
    'SIP 503 Service unavailable',
    `${SIP} 503: the service is unavailable.`,
  ),
  'call.in-progress.error-vapifault-transport-never-connected': bad(
    'Never connected (Vapi)',
    'The call transport never connected: a Vapi infrastructure problem. Usually not charged.',
  ),
  'call.in-progress.error-providerfault-transport-never-connected': bad(
    'Never connected (provider)',
    'The transport provider failed to connect the call: a problem on the provider side.',
  ),
  'call.ringing.error-sip-inbound-call-failed-to-connect': bad(
    'Inbound SIP call failed while ringing',
    'The inbound SIP call failed while it was ringing.',
  ),
  'call.ringing.sip-inbound-caller-hungup-before-call-connect': warn(
    'Caller hung up while ringing',
    'The SIP caller hung up before the call connected.',
  ),
  'call.in-progress.sip-completed-call': ok(
    'Completed at the SIP provider',
    'The SIP provider reported the call as completed.',
  ),
  'call.ringing.hook-executed-say': plain(
    'Ringing hook spoke and ended',
    'A "say" hook that runs while ringing ended the call.',
  ),
  'call.ringing.hook-executed-transfer': plain(
    'Ringing hook transferred',
    'A "transfer" hook that runs while ringing ended the call by transferring it.',
  ),
  'call.ending.hook-executed-say': plain(
    'Ending hook spoke',
    'A "say" hook ran as the call was ending.',
  ),
  'call.ending.hook-executed-transfer': plain(
    'Ending hook transferred',
    'A "transfer" hook ran as the call was ending and transferred it.',
  ),
  'call.forwarding.operator-busy': bad(
    'Transfer target busy',
    'The operator the call was being forwarded to was busy.',
  ),
  'call.forwarding.no-answer': bad(
    'Transfer target did not answer',
    'The operator the call was being forwarded to did not answer.',
  ),
  'call.in-progress.error-vapifault-transport-connected-but-call-not-active': bad(
    'Call no longer active',
    'The transport connected, but the call was no longer active: a Vapi fault.',
  ),
  'call.in-progress.error-vapifault-call-started-but-connection-to-transport-missing': bad(
    'Connection to the call lost',
    'The call started but its connection to the transport was missing: a Vapi fault.',
  ),
  'call.in-progress.error-vapifault-worker-not-available': bad(
    'No Vapi worker available',
    'No Vapi worker was available to run the call. Usually transient.',
  ),
  'call.in-progress.error-vapifault-worker-died': bad(
    'Vapi worker crashed',
    'The Vapi worker running the call crashed during it: the caller heard the call drop. Usually transient.',
  ),
  'call.in-progress.error-vapifault-chat-pipeline-failed-to-start': bad(
    'Chat pipeline did not start',
    'The chat pipeline failed to start: a Vapi fault.',
  ),
  'call.start.error-subscription-frozen': bad(
    'Subscription frozen',
    `${NEVER_RANG} the subscription is frozen after a failed payment. Update the payment method in the dashboard.`,
  ),
  'call.start.error-subscription-insufficient-credits': bad(
    'Not enough credits',
    `${NEVER_RANG} not enough credits to start the call. Add credits or turn on auto-reload.`,
  ),
  'call.start.error-subscription-wallet-does-not-exist': bad(
    'No billing wallet',
    `${NEVER_RANG} no billing wallet was found for the subscription. Vapi asks you to contact support.`,
  ),
  'call.start.error-subscription-upgrade-failed': bad(
    'Subscription upgrade failed',
    `${NEVER_RANG} an automatic subscription upgrade failed.`,
  ),
  'call.start.error-subscription-concurrency-limit-reached': bad(
    'Concurrency limit',
    `${NEVER_RANG} the account was already running as many calls at once as its plan allows. Upgrade, or wait for a call to end.`,
  ),
  'call.start.error-fraud-check-failed': bad(
    'Blocked by fraud check',
    `${NEVER_RANG} Vapi's fraud detection blocked the call.`,
  ),
  'call.start.error-enterprise-feature-not-available-recording-consent': bad(
    'Recording consent needs Enterprise',
    `${NEVER_RANG} recording consent needs an enterprise plan.`,
  ),
  'call.start.error-get-org': bad(
    'Organisation not loaded',
    `${NEVER_RANG} the organisation could not be loaded. Check the API key.`,
  ),
  'call.start.error-vapifault-get-org': bad(
    'Organisation not loaded (Vapi)',
    `${NEVER_RANG} the organisation could not be loaded, a Vapi fault.`,
  ),
  'call.start.error-get-subscription': bad(
    'Subscription not loaded',
    `${NEVER_RANG} the subscription could not be loaded.`,
  ),
  'call.start.error-vapifault-get-subscription': bad(
    'Subscription not loaded (Vapi)',
    `${NEVER_RANG} the subscription could not be loaded, a Vapi fault.`,
  ),
  'call.start.error-get-assistant': bad(
    'Assistant not loaded',
    `${NEVER_RANG} the assistant could not be loaded. Check that the assistant id exists.`,
  ),
  'call.start.error-get-phone-number': bad(
    'Phone number not loaded',
    `${NEVER_RANG} the phone number could not be loaded. Check that it is imported and active.`,
  ),
  'call.start.error-get-customer': bad(
    'Customer not loaded',
    `${NEVER_RANG} the customer could not be loaded.`,
  ),
  'call.start.error-get-resources-validation': bad(
    'Configuration invalid',
    `${NEVER_RANG} the assistant, its tools or other resources failed validation.`,
  ),
  'call.start.error-get-transport': bad(
    'Transport not set up',
    `${NEVER_RANG} the call transport (Twilio, Vonage…) could not be set up.`,
  ),
  'call.start.error-vapifault-database-error': bad(
    'Vapi database error',
    `${NEVER_RANG} an internal database error at Vapi. Retry, or contact Vapi support.`,
  ),
  'call.start.error-vapi-number-international': bad(
    'No international calls',
    `${NEVER_RANG} this Vapi number cannot call international numbers.`,
  ),
  'call.start.error-vapi-number-outbound-daily-limit': bad(
    'Daily outbound limit',
    `${NEVER_RANG} this Vapi number reached its daily limit of outbound calls.`,
  ),
  'call.start.assistant-version-error-validation': bad(
    'Assistant version invalid',
    `${NEVER_RANG} the assistant version chosen for the call failed validation.`,
  ),
  'assistant-error': bad(
    'Assistant error',
    `${OLD} an error in the assistant's logic or processing (a bug, misconfiguration or unexpected input).`,
  ),
  'assistant-not-invalid': bad(
    'Assistant id not valid',
    `${OLD} the assistant id given is not valid (the code is misspelt by Vapi).`,
  ),
  'assistant-not-provided': bad('No assistant given', `${OLD} no assistant id was given.`),
  'pipeline-error-first-message-failed': bad(
    'First message failed',
    `${OLD} the first message could not be spoken. Usually your own voice provider key ran out of quota.`,
  ),
  'pipeline-no-available-llm-model': bad(
    'No language model available',
    `${OLD} no suitable language model was available.`,
  ),
  'unknown-error': bad(
    'Unknown error',
    `${OLD} an unexpected error of unknown cause. Vapi asks you to contact support with the call id.`,
  ),
};

const STATUS_CODES =
  'A number in the code is the provider\'s answer: 400 bad request (model name, messages), 401 wrong key, 403 no access to the model, 429 quota or rate limit, 500/502/503 provider server error; "llm-failed", "voice-failed", "transcriber-failed" are generic failures.';

/** Families of end reasons, by prefix; the longest matching prefix explains a code. */
export const vapiEndReasonFamilies: Array<{ prefix: string } & CodeText> = [
  {
    prefix: 'call.start.error-',
    ...bad(
      'Call start error',
      `${NEVER_RANG} an account, billing or setup problem (frozen subscription, no credits, concurrency limit, fraud check, an assistant, phone number or customer that could not be loaded).`,
    ),
  },
  {
    prefix: 'call.start.error-vapifault-',
    ...bad(
      'Call start error (Vapi)',
      `${NEVER_RANG} a fault inside Vapi while setting the call up (database, organisation, subscription). Retry, or contact Vapi support.`,
    ),
  },
  {
    prefix: 'call.start.',
    ...bad('Call start problem', `${NEVER_RANG} the call could not be set up.`),
  },
  {
    prefix: 'call-start-error-',
    ...bad('Call start error', `${NEVER_RANG} the call could not be set up.`),
  },
  {
    prefix: 'assistant-request-',
    ...bad('Assistant request problem', `${ASSISTANT_REQUEST} the answer could not be used.`),
  },
  {
    prefix: 'pipeline-error-',
    ...bad(
      'Provider error (legacy code)',
      `A provider in the call's pipeline (language model, voice or transcriber, named in the code) failed. With your own provider keys this usually means a credential or quota problem on your account there; with Vapi's keys it is Vapi's fault. ${STATUS_CODES}`,
    ),
  },
  {
    prefix: 'pipeline-',
    ...bad(
      'Pipeline error',
      "Something in the call's pipeline (model, voice, transcriber) failed.",
    ),
  },
  {
    prefix: 'call.in-progress.error-vapifault-',
    ...bad(
      'Vapi fault',
      `The call failed because of Vapi's infrastructure or the provider keys Vapi supplies. Usually not charged; contact Vapi support if it keeps happening. ${STATUS_CODES}`,
    ),
  },
  {
    prefix: 'call.in-progress.error-providerfault-',
    ...bad(
      'Provider fault',
      `A third-party provider (named in the code) returned a server error during the call, outside Vapi's control. Check the provider's status page and consider a fallback provider. ${STATUS_CODES}`,
    ),
  },
  {
    prefix: 'call.in-progress.error-providerfault-outbound-sip-',
    ...bad(
      'SIP error',
      `${SIP} an error; the number in the code is the SIP status (403 forbidden, 407 proxy authentication, 408 timeout, 480 unavailable, 503 service unavailable).`,
    ),
  },
  {
    prefix: 'call.in-progress.error-warm-transfer-',
    ...bad('Warm transfer failed', 'A warm transfer did not complete.'),
  },
  {
    prefix: 'call.in-progress.error-sip-',
    ...bad('SIP call failed', 'The SIP call failed to connect.'),
  },
  {
    prefix: 'call.in-progress.error-',
    ...bad('Error during the call', 'The call ended because of an error while it was in progress.'),
  },
  {
    prefix: 'call.ringing.',
    ...plain('Ended while ringing', 'The call ended while it was still ringing.'),
  },
  {
    prefix: 'call.ringing.error-',
    ...bad('Error while ringing', 'The call failed while it was still ringing.'),
  },
  {
    prefix: 'call.ending.',
    ...plain('Ending hook', 'A hook ran as the call was ending.'),
  },
  {
    prefix: 'call.forwarding.',
    ...bad('Forwarding problem', 'Forwarding the call to another party did not go through.'),
  },
  {
    prefix: 'twilio-',
    ...bad('Twilio', 'Twilio, the phone provider, reported a problem with the call.'),
  },
  {
    prefix: 'twilio-failed-',
    ...bad('Twilio could not connect', 'Twilio, the phone provider, could not connect the call.'),
  },
  {
    prefix: 'vonage-failed-',
    ...bad('Vonage could not connect', 'Vonage, the phone provider, could not connect the call.'),
  },
  {
    prefix: 'vonage-',
    ...plain('Vonage', 'Vonage, the phone provider, reported how the call ended.'),
  },
  {
    prefix: 'customer-ended-call',
    ...ok('Customer hung up', 'The customer ended the call.'),
  },
  {
    prefix: 'assistant-ended-call',
    ...ok('Assistant ended the call', 'The assistant ended the call.'),
  },
];
