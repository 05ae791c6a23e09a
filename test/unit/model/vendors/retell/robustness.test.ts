import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retell } from '../../../../../src/model/vendors/retell';
import {
  CALL_EVENTS,
  KNOWN_CODES,
  OTHER_EVENTS,
} from '../../../../../src/model/vendors/retell/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { fixtureNames, readFixture } from '../golden';
import { mutate } from '../mutate';

const fixtures = fixtureNames('retell').map((name) => JSON.parse(readFixture('retell', name)));

describe('Retell decoding never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        retell.decode(value);
        retell.recognise(value);
      }),
    );
  });

  it('on fixtures with one value replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { maxLength: 5 }),
        fc.jsonValue(),
        (fixture, path, replacement) => {
          const result = retell.decode(mutate(fixture, path, replacement));
          expect(Array.isArray(result.problems)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Retell glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('retell', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it('names every event', () => {
    for (const event of [...CALL_EVENTS, ...OTHER_EVENTS]) {
      expect(eventText('retell', event)?.description, event).toBeDefined();
    }
  });
});
