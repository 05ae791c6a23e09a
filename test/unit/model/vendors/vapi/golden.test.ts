import { describe, it } from 'vitest';
import { vapi } from '../../../../../src/model/vendors/vapi';
import { expectGolden, fixtureNames, readFixture } from '../golden';

describe('Vapi fixtures decode as their golden files say', () => {
  for (const name of fixtureNames('vapi')) {
    it(name, () => {
      const { format, call, problems, facts } = vapi.decode(JSON.parse(readFixture('vapi', name)));
      expectGolden(`test/fixtures/vapi/golden/${name}`, { format, call, problems, facts });
    });
  }
});
