import { describe, it } from 'vitest';
import { bland } from '../../../../../src/model/vendors/bland';
import { expectGolden, fixtureNames, readFixture } from '../golden';

describe('Bland fixtures decode as their golden files say', () => {
  for (const name of fixtureNames('bland')) {
    it(name, () => {
      const { format, call, problems, facts } = bland.decode(
        JSON.parse(readFixture('bland', name)),
      );
      expectGolden(`test/fixtures/bland/golden/${name}`, { format, call, problems, facts });
    });
  }
});
