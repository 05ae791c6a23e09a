import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childPath, parsePath } from '../../../../src/model/json/path';

describe('parsePath', () => {
  it('reads back every path childPath writes', () => {
    const segment = fc.oneof(fc.string(), fc.nat(), fc.constantFrom('call', 'a b', '"]', '\\'));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const path = segments.reduce<string>((parent, key) => childPath(parent, key), '');
        expect(parsePath(path)).toEqual(segments);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the paths problems name', () => {
    expect(parsePath('call.transcript')).toEqual(['call', 'transcript']);
    expect(parsePath('executed_actions["extract_info_1"].return_value')).toEqual([
      'executed_actions',
      'extract_info_1',
      'return_value',
    ]);
    expect(parsePath('[0].a')).toEqual([0, 'a']);
    expect(parsePath('')).toEqual([]);
  });

  it('refuses text that is not such a path', () => {
    for (const bad of ['.a', 'a..b', 'a[', 'a[01]', 'a["x]', 'a b', 'a[x]', 'a["x"]b'])
      expect(parsePath(bad), bad).toBeUndefined();
  });
});
