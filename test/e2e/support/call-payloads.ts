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
