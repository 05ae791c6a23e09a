import { describe, expect, it } from 'vitest';
import { recognise, SCORE } from '../../../../../src/model/vendors';
import { retell } from '../../../../../src/model/vendors/retell';
import { fixtureNames, readFixture } from '../golden';

describe('Retell recognition', () => {
  it('is certain about a current webhook with a Retell call id', () => {
    const payload = JSON.parse(readFixture('retell', 'call-ended-dial-no-answer.json'));
    expect(retell.recognise(payload)).toBe(SCORE.certain);
    expect(recognise(payload)).toMatchObject({ kind: 'one', decoder: retell });
  });

  it('is fairly sure about the old `data` envelope and the `event_type` spelling', () => {
    const legacy = JSON.parse(readFixture('retell', 'legacy-data-call-ended.json'));
    expect(retell.recognise(legacy)).toBe(SCORE.strong);
    const eventType = {
      event_type: 'call_analyzed',
      call: { call_id: 'call_1', call_status: 'ended' },
    };
    expect(retell.recognise(eventType)).toBe(SCORE.strong);
  });

  it('recognises every fixture', () => {
    for (const name of fixtureNames('retell')) {
      expect(retell.recognise(JSON.parse(readFixture('retell', name))), name).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Vapi', { message: { type: 'end-of-call-report', call: { id: 'x' } } }],
    [
      'ElevenLabs',
      {
        type: 'post_call_transcription',
        event_timestamp: 1739537297,
        data: { conversation_id: 'conv_1' },
      },
    ],
    [
      'Synthflow post-call',
      { status: 'completed', lead: { name: 'A' }, call: { call_id: 'c' }, executed_actions: {} },
    ],
    ['Synthflow inbound', { event: 'call_inbound', call_inbound: { from_number: '+1' } }],
    ['Bland', { call_id: 'a1b2', c_id: 'a1b2', call_length: 1.2, status: 'completed', to: '+1' }],
  ])('does not claim a %s payload', (_name, payload) => {
    expect(retell.recognise(payload)).toBe(0);
  });
});
