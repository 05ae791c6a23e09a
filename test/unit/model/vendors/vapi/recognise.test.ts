import { describe, expect, it } from 'vitest';
import { recognise, SCORE } from '../../../../../src/model/vendors';
import { vapi } from '../../../../../src/model/vendors/vapi';
import { fixtureNames, readFixture } from '../golden';

const parse = (folder: string, name: string): unknown => JSON.parse(readFixture(folder, name));

describe('Vapi recognition', () => {
  it('is certain about a known message with a call id', () => {
    const payload = parse('vapi', 'end-of-call-report-customer-ended-call.json');
    expect(vapi.recognise(payload)).toBe(SCORE.certain);
  });

  it('is fairly sure about a known message without a call, unsure about an unknown type', () => {
    expect(vapi.recognise({ message: { type: 'end-of-call-report' } })).toBe(SCORE.strong);
    expect(vapi.recognise({ message: { type: 'call.new-thing' } })).toBe(SCORE.weak);
  });

  it('is fairly sure about a bare call object from the API, and not about look-alikes', () => {
    expect(vapi.recognise(parse('vapi', 'api-call-voicemail.json'))).toBe(SCORE.strong);
    const call = { id: 'c1', orgId: 'o1', type: 'outboundPhoneCall', status: 'ended' };
    expect(vapi.recognise({ ...call, type: 'phone_call' })).toBe(0);
    expect(vapi.recognise({ ...call, orgId: undefined })).toBe(0);
  });

  it('is the one platform that claims each of its fixtures', () => {
    for (const name of fixtureNames('vapi')) {
      expect(recognise(parse('vapi', name)), name).toMatchObject({ kind: 'one', decoder: vapi });
    }
  });

  it.each(['retell', 'synthflow'])('claims no %s fixture', (folder) => {
    for (const name of fixtureNames(folder)) {
      expect(vapi.recognise(parse(folder, name)), name).toBe(0);
    }
  });

  it.each([
    ['ElevenLabs', { type: 'post_call_transcription', data: { conversation_id: 'conv_1' } }],
    ['Bland', { call_id: 'a1b2', c_id: 'a1b2', call_length: 1.2, status: 'completed' }],
    ['a message that is text', { message: 'end-of-call-report' }],
    ['a message without a type', { message: { call: { id: 'x' } } }],
    ['a list', [{ message: { type: 'end-of-call-report' } }]],
  ])('does not claim %s', (_name, payload) => {
    expect(vapi.recognise(payload)).toBe(0);
  });
});
