import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import { KNOWN_CODES } from '../../../../../src/model/vendors/synthflow/codes';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { fixtureNames, readFixture } from '../golden';
import { mutate } from '../mutate';

const fixtures = fixtureNames('synthflow').map((name) =>
  JSON.parse(readFixture('synthflow', name)),
);

describe('Synthflow decoding never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        synthflow.recognise(value);
        synthflow.decode(value);
        synthflow.listItems?.(value);
      }),
    );
  });

  it('on fixtures with one value replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.jsonValue(),
        (fixture, path, replacement) => {
          const result = synthflow.decode(mutate(fixture, path, replacement));
          expect(Array.isArray(result.problems)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Synthflow glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes) {
        expect(explainCode('synthflow', kind, code).known, `${kind} ${code}`).toBe(true);
      }
    }
  });

  it('words every note the decoder writes', () => {
    for (const kind of [
      'synthflow.reason-from-error-message',
      'synthflow.never-connected-duration',
      'synthflow.duration-from-telephony',
    ]) {
      expect(noteText('synthflow', kind, { path: 'x' }), kind).toBeDefined();
    }
  });
});
