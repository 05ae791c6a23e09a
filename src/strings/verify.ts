/** User-visible text: checking a webhook's signature, and sending it on to your own endpoint. */
import type { LikelyCause, SchemeId, SignatureCheck } from '../model/signatures';
import { plural } from './units';

/** "45 seconds", "3 minutes", "3 hours", "2 days": an age as a person says it. */
function ageText(ms: number): string {
  const s = Math.abs(ms) / 1000;
  if (s < 90) return plural(Math.round(s), 'second', 'seconds');
  if (s < 90 * 60) return plural(Math.round(s / 60), 'minute', 'minutes');
  if (s < 36 * 3600) return plural(Math.round(s / 3600), 'hour', 'hours');
  return plural(Math.round(s / 86400), 'day', 'days');
}

const windowText = (ms: number) => `${Math.round(ms / 60_000)}-minute`;

export const verify = {
  heading: 'Signature',
  schemes: {
    retell: 'Retell (x-retell-signature)',
    elevenlabs: 'ElevenLabs (ElevenLabs-Signature)',
    bland: 'Bland (X-Webhook-Signature)',
    'vapi-secret': 'Vapi shared secret (X-Vapi-Secret or Authorization: Bearer)',
    'vapi-hmac': 'Vapi HMAC plan (x-signature + x-timestamp)',
    synthflow: 'Synthflow (HMAC of the call id)',
    'generic-hmac': 'HMAC of the raw body (choose the details)',
  } satisfies Record<SchemeId, string>,
  schemeLabel: 'Scheme',
  detected: (scheme: string) => `This request is signed with ${scheme}.`,
  noHeaders:
    'No headers came with this payload, so there is no signature to check. You can still send it re-signed.',
  unverifiedScheme:
    'Synthflow’s scheme follows its documentation and has not been checked against live traffic.',
  secretLabel: (scheme: string) => `Signing secret for ${scheme}`,
  secretNote: 'Kept for this browser session only, never saved to disk and never sent anywhere.',
  check: 'Check',
  forget: 'Forget secret',
  options: {
    algorithm: 'Algorithm',
    encoding: 'Encoding',
    header: 'Signature header',
    timestampHeader: 'Timestamp header (blank: none)',
    prefix: 'Prefix before the digest (e.g. sha256=)',
  },
  stateLabels: {
    valid: 'Valid',
    mismatch: 'Mismatch',
    missing: 'Not signed',
    malformed: 'Unreadable',
    'no-secret': 'Not checked',
    'no-message': 'Not checked',
  } satisfies Record<SignatureCheck['state'], string>,
  states: {
    valid: 'Valid: the signature matches this body and secret.',
    mismatch: 'Does not match.',
    missing: 'This request carries no signature header for this scheme.',
    malformed: (header: string) => `The ${header} header is not in the form this scheme uses.`,
    'no-secret': 'Enter the signing secret to check it.',
    'no-message': 'The body has no call id, which this scheme signs.',
  } satisfies Record<SignatureCheck['state'], string | ((header: string) => string)>,
  signedText: 'Signed text',
  signedLength: (length: number) => plural(length, 'character', 'characters'),
  computed: 'Computed',
  received: 'Received',
  header: 'Header',
  age: (ageMs: number, toleranceMs: number | undefined, within: boolean, platform: string) => {
    const when =
      ageMs >= 0 ? `signed ${ageText(ageMs)} ago` : `signed ${ageText(ageMs)} in the future`;
    if (toleranceMs === undefined) return `${when}.`;
    return within
      ? `${when}: inside ${platform}’s ${windowText(toleranceMs)} window.`
      : `${when}: outside ${platform}’s ${windowText(toleranceMs)} window; your server will reject a replay of this. Send it re-signed instead.`;
  },
  causes: {
    're-serialised-body':
      'It matches the body re-serialised (JSON.stringify of the parsed body): sign and verify the raw body, byte for byte.',
    'timestamp-in-seconds':
      'It matches with the timestamp in seconds: this scheme signs the timestamp in milliseconds.',
    'timestamp-in-ms':
      'It matches with the timestamp in milliseconds: this scheme signs it in seconds.',
    'other-encoding': 'It matches in the other encoding (hex versus base64).',
    'secret-or-body':
      'The secret is not the one that signed this body (a secret of another agent or workspace?), or the body changed on the way.',
  } satisfies Record<LikelyCause, string>,
  send: {
    heading: 'Send to…',
    urlLabel: 'Your endpoint',
    urlPlaceholder: 'http://localhost:3000/webhooks',
    choiceLabel: 'Headers',
    asReceived: 'As received (the platform’s headers)',
    signed: 'Re-signed now with your secret',
    bodyOnly: 'Body only',
    needsSecret: 'Enter the signing secret above to re-sign.',
    send: 'Send',
    sending: 'Sending…',
    copyCurl: 'Copy as cURL',
    copyCurlWithSecrets: 'Copy as cURL with secrets',
    recent: 'Recent endpoints',
    forget: (url: string) => `Forget ${url}`,
    denied: (origin: string) => `Hookline may not send to ${origin}: access was not granted.`,
    cannotAsk: (origin: string) =>
      `Could not send to ${origin}. A DevTools panel cannot ask for access to a site, and without it the browser blocks the request: open this request in a Hookline tab and press Send there to grant access (after that the panel can send there too). If access was granted already, is your server running?`,
    openInTab: 'Open in a Hookline tab',
    openInTabFailed:
      'This request could not be handed to a tab (the browser’s storage for it is full or it is too large). Copy it as cURL instead.',
    invalidUrl: 'Enter an http or https address.',
    status: (status: number, statusText: string, ms: number) =>
      `${status}${statusText === '' ? '' : ` ${statusText}`} in ${Math.round(ms)} ms`,
    truncated: 'Only the start of the answer is shown.',
    redirect:
      'The endpoint answered with a redirect, which Hookline does not follow: it could carry the webhook to another site.',
    timeout: 'The endpoint did not answer within 15 seconds.',
    network:
      'Could not reach the endpoint: the connection was refused or failed. Is your server running on that port? (A browser also reports a blocked cross-origin answer this way.)',
    responseHeaders: 'Response headers',
    responseBody: 'Response body',
  },
} as const;
