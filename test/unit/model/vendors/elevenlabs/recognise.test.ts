import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../../../src/model/decode-call';
import { recognise, SCORE } from '../../../../../src/model/vendors';
import { elevenlabs } from '../../../../../src/model/vendors/elevenlabs';
import { fixtureNames, readFixture } from '../golden';

const FIXTURES = join(process.cwd(), 'test/fixtures');

/** Every JSON fixture of the other platforms: each folder's own files and the loose ones. */
function otherPlatformsFixtures(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const entry of readdirSync(FIXTURES)) {
    const at = join(FIXTURES, entry);
    const files = statSync(at).isDirectory()
      ? entry === 'elevenlabs'
        ? []
        : readdirSync(at).map((name) => join(at, name))
      : [at];
    for (const file of files) {
      if (!file.endsWith('.json')) continue;
      try {
        out.push([file.slice(FIXTURES.length + 1), JSON.parse(readFileSync(file, 'utf8'))]);
      } catch {
        // Fixtures that are deliberately not JSON are no payload to claim.
      }
    }
  }
  return out;
}

describe('ElevenLabs recognition', () => {
  it('is certain about every fixture with real ids, and detection picks it alone', () => {
    for (const name of fixtureNames('elevenlabs')) {
      const payload = JSON.parse(readFixture('elevenlabs', name));
      // The docs sample's ids ("abc", "xyz") and a conversation without its envelope say less.
      const strong = ['transcription-docs-sample.json', 'conversation-api-outbound.json'];
      const expected = strong.includes(name) ? SCORE.strong : SCORE.certain;
      expect(elevenlabs.recognise(payload), name).toBe(expected);
      expect(recognise(payload), name).toMatchObject({ kind: 'one', decoder: elevenlabs });
      const pasted = decodeCallText(readFixture('elevenlabs', name));
      expect(pasted.format.vendor, name).toBe('elevenlabs');
      expect(pasted.call?.vendor, name).toBe('elevenlabs');
    }
  });

  it('is only fairly sure without the timestamp or ElevenLabs ids, and weak about an unknown type', () => {
    expect(
      elevenlabs.recognise({ type: 'post_call_audio', data: { conversation_id: 'conv_1' } }),
    ).toBe(SCORE.strong);
    const unknownType = {
      type: 'conversation_started',
      event_timestamp: 1793188417,
      data: { conversation_id: 'conv_1' },
    };
    expect(elevenlabs.recognise(unknownType)).toBe(SCORE.weak);
    const result = elevenlabs.decode(unknownType);
    expect(result.call).toBeUndefined();
    expect(result.facts).toEqual([{ label: 'Conversation id', value: 'conv_1' }]);
  });

  it('names a known event whose data is missing, and says the data is gone', () => {
    const payload = { type: 'post_call_transcription', event_timestamp: 1793188417 };
    expect(elevenlabs.recognise(payload)).toBe(SCORE.weak);
    const result = elevenlabs.decode(payload);
    expect(result.call).toBeUndefined();
    expect(result.format.label).toBe('ElevenLabs webhook: Post-call transcription');
    expect(result.problems).toMatchObject([
      { path: 'data', message: expect.stringContaining('"data"') },
    ]);
  });

  it("does not claim any other platform's fixture", () => {
    const others = otherPlatformsFixtures();
    expect(others.length).toBeGreaterThan(10);
    for (const [name, payload] of others) expect(elevenlabs.recognise(payload), name).toBe(0);
  });

  it.each([
    ['Vapi', { message: { type: 'end-of-call-report', timestamp: 1793188417, call: { id: 'x' } } }],
    ['Retell', { event: 'call_ended', call: { call_id: 'call_1' }, event_timestamp: 1793188417 }],
    ['Bland', { call_id: 'a1b2', c_id: 'a1b2', call_length: 1.2, status: 'completed', to: '+1' }],
  ])('does not claim a %s payload', (_name, payload) => {
    expect(elevenlabs.recognise(payload)).toBe(0);
  });
});
