import { describe, it } from 'vitest';
import { retell } from '../../../../../src/model/vendors/retell';
import { expectGolden, fixtureNames, readFixture } from '../golden';

describe('Retell fixtures decode as their golden files say', () => {
  for (const name of fixtureNames('retell')) {
    it(name, () => {
      const { format, call, problems, facts } = retell.decode(
        JSON.parse(readFixture('retell', name)),
      );
      expectGolden(`test/fixtures/retell/golden/${name}`, { format, call, problems, facts });
    });
  }
});
