import { describe, it } from 'vitest';
import { elevenlabs } from '../../../../../src/model/vendors/elevenlabs';
import { expectGolden, fixtureNames, readFixture } from '../golden';

describe('ElevenLabs fixtures decode as their golden files say', () => {
  for (const name of fixtureNames('elevenlabs')) {
    it(name, () => {
      const { format, call, problems, facts } = elevenlabs.decode(
        JSON.parse(readFixture('elevenlabs', name)),
      );
      expectGolden(`test/fixtures/elevenlabs/golden/${name}`, { format, call, problems, facts });
    });
  }
});
