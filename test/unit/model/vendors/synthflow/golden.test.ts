import { describe, it } from 'vitest';
import { decodeCallValue } from '../../../../../src/model/decode-call';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import { expectGolden, fixtureNames, readFixture } from '../golden';

/** The decoded result as the card gets it; a calls API page also with each call it holds. */
function decoded(value: unknown) {
  const { format, call, problems, facts, unwrappedFrom } = decodeCallValue(value);
  return { format, unwrappedFrom, call, problems, facts };
}

describe('Synthflow fixtures decode as their golden files say', () => {
  for (const name of fixtureNames('synthflow')) {
    it(name, () => {
      const value = JSON.parse(readFixture('synthflow', name));
      const items = synthflow.listItems?.(value)?.map((item) => ({
        path: item.path,
        ...decoded(item.value),
      }));
      expectGolden(`test/fixtures/synthflow/golden/${name}`, { ...decoded(value), items });
    });
  }
});
