import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VendorDecodeResult, VendorDecoder } from '../../../../src/model/vendors';
import { fixtureNames, readFixture } from './golden';
import { mutate } from './mutate';

/**
 * fast-check properties every decoder keeps: it never throws, on arbitrary JSON and on its own
 * fixtures with one value replaced by arbitrary JSON; `check` adds the platform's own promises.
 */
export function describeNeverThrows(
  name: string,
  decoder: VendorDecoder,
  folder: string,
  check: (result: VendorDecodeResult, payload: unknown) => void = () => {},
): void {
  const fixtures = fixtureNames(folder).map((file) => JSON.parse(readFixture(folder, file)));
  describe(`${name} decoding never throws`, () => {
    it('on arbitrary JSON', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          decoder.decode(value);
          decoder.recognise(value);
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
            const payload = mutate(fixture, path, replacement);
            const result = decoder.decode(payload);
            expect(Array.isArray(result.problems)).toBe(true);
            check(result, payload);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
}
