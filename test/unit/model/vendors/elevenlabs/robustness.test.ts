import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elevenlabs } from '../../../../../src/model/vendors/elevenlabs';
import { EVENTS, KNOWN_CODES } from '../../../../../src/model/vendors/elevenlabs/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { fixtureNames, readFixture } from '../golden';
import { mutate } from '../mutate';

const fixtures = fixtureNames('elevenlabs').map((name) =>
  JSON.parse(readFixture('elevenlabs', name)),
);

describe('ElevenLabs decoding never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        elevenlabs.recognise(value);
        elevenlabs.decode(value);
      }),
    );
  });

  it('on arbitrary JSON inside the envelope of each event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENTS), fc.jsonValue(), (type, data) => {
        const result = elevenlabs.decode({ type, event_timestamp: 1793188417, data });
        expect(Array.isArray(result.problems)).toBe(true);
      }),
    );
  });

  it('on fixtures with one value replaced by arbitrary JSON, and keeps a call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.jsonValue(),
        (fixture, path, replacement) => {
          const mutated = mutate(fixture, path, replacement);
          const result = elevenlabs.decode(mutated);
          expect(Array.isArray(result.problems)).toBe(true);
          // Once recognised as a known event with data, a call is always shown.
          if (elevenlabs.recognise(mutated) >= 50) expect(result.call).toBeDefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ElevenLabs glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('elevenlabs', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it('names every event', () => {
    for (const event of EVENTS) {
      expect(eventText('elevenlabs', event)?.description, event).toBeDefined();
    }
  });

  it('explains an unlisted SIP code by its class', () => {
    const explained = explainCode('elevenlabs', 'sipCode', '482');
    expect(explained.known).toBe(false);
    expect(explained.family).toBe('4');
    expect(explained.explanation).toContain('never connected');
  });
});
