import { readFileSync } from 'node:fs';

/** The vendor's example (lead David, completed), as sent. */
export const seedPayload = readFileSync('test/fixtures/synthflow/seed-example.json', 'utf8');

/** A second, different call: lead Grace, not answered. */
export const noAnswerPayload = JSON.stringify({
  ...JSON.parse(seedPayload),
  status: 'no-answer',
  error_message: '',
  lead: { name: 'Grace', phone_number: '+15550100' },
  call: {
    ...JSON.parse(seedPayload).call,
    status: 'no-answer',
    end_call_reason: 'undefined',
    transcript: '',
  },
});

/** Retell's `call_analyzed` of a call the customer Ana Costa hung up after 9:42. */
export const retellAnalyzedPayload = readFileSync(
  'test/fixtures/retell/call-analyzed-user-hangup.json',
  'utf8',
);

/** Retell's `call_ended` of a call Marta Silva did not answer. */
export const retellNoAnswerPayload = readFileSync(
  'test/fixtures/retell/call-ended-dial-no-answer.json',
  'utf8',
);

/**
 * webhook.site's dashboard API page, as a browser on webhook.site fetches it again and again:
 * two requests, each record's `content` the body as the platform sent it.
 */
export const webhookSiteListPayload = JSON.stringify({
  data: [retellAnalyzedPayload, retellNoAnswerPayload].map((content, n) => ({
    uuid: `7c1d2e3f-0000-4000-8000-00000000000${n}`,
    token_id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    method: 'POST',
    url: 'https://webhook.site/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    content,
    created_at: `2026-11-30 10:0${n}:00`,
  })),
  total: 2,
  per_page: 50,
  current_page: 1,
  is_last_page: true,
});
