import { describe, expect, it } from 'vitest';
import { recognise, SCORE } from '../../../../../src/model/vendors';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import { fixtureNames, readFixture } from '../golden';
import { fixture } from './helpers';

describe('Synthflow recognition', () => {
  it.each([
    ['seed-example.json', SCORE.certain],
    ['failed-transfer.json', SCORE.certain],
    ['inbound.json', SCORE.certain],
    ['api-list.json', SCORE.certain],
    ['api-call-user-canceled.json', SCORE.certain],
  ])('is certain about %s', (name, score) => {
    const payload = fixture(name);
    expect(synthflow.recognise(payload)).toBe(score);
    expect(recognise(payload)).toMatchObject({ kind: 'one', decoder: synthflow });
  });

  it('still reads a post-call webhook whose call object is missing, from its other parts', () => {
    expect(synthflow.recognise({ lead: { name: 'A' }, executed_actions: {} })).toBe(SCORE.weak);
  });

  it.each([
    ['an empty call object', { call: {} }],
    ['a call object of another shape', { call: { id: 'x', state: 'done' } }],
    ['Retell with event_type', { event_type: 'call_ended', call: { call_id: 'c', status: 'x' } }],
    ['Retell', { event: 'call_ended', call: { call_id: 'call_1', call_status: 'ended' } }],
    ['a bare Retell call', { call_id: 'call_1', call_status: 'ended', agent_id: 'a' }],
    ['Vapi', { message: { type: 'end-of-call-report', call: { id: 'x', status: 'ended' } } }],
    [
      'ElevenLabs',
      { type: 'post_call_transcription', event_timestamp: 1, data: { conversation_id: 'c' } },
    ],
    [
      'Bland',
      { call_id: 'a1', c_id: 'a1', call_length: 1.2, status: 'completed', analysis: {}, to: '+1' },
    ],
    ['a list of something else', { status: 'ok', response: { items: [] } }],
  ])('does not claim %s', (_name, payload) => {
    expect(synthflow.recognise(payload)).toBe(0);
  });

  it('does not claim any Retell fixture, old envelopes included', () => {
    for (const name of fixtureNames('retell')) {
      expect(synthflow.recognise(JSON.parse(readFixture('retell', name))), name).toBe(0);
    }
  });
});
