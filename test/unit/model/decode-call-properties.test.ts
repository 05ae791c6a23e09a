import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallDecodeResult, decodeCallValue } from '../../../src/model/decode-call';
import { fixtureFolders, fixtureNames, readFixture } from './vendors/golden';
import { mutate } from './vendors/mutate';

/** Every fixture of every platform folder (test/fixtures/<vendor>/*.json). */
const fixtures = fixtureFolders().flatMap((folder) =>
  fixtureNames(folder).map((name) => JSON.parse(readFixture(folder, name))),
);

/** What a page can always show: a call, facts about a non-call, or at least one error. */
function isSound(result: CallDecodeResult): boolean {
  return (
    result.call !== undefined ||
    result.facts !== undefined ||
    result.problems.some((problem) => problem.severity === 'error')
  );
}

describe('decodeCallValue', () => {
  it('never throws on arbitrary JSON, and always has a call, facts or an error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isSound(decodeCallValue(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on fixtures with one value replaced, and always has a call, facts or an error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.jsonValue(),
        (fixture, path, replacement) => {
          const result = decodeCallValue(mutate(fixture, path, replacement));
          expect(isSound(result), JSON.stringify(result.format)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports a call event whose call object is missing as an error, not an empty card', () => {
    // Found by the property above: Retell's `{event: "call_analyzed", call: 0}` gave a warning only.
    const result = decodeCallValue({ event: 'call_analyzed', call: 0 });
    expect(result.call).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'call' }),
    );
  });
});
