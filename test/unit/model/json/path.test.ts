import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childPath, parsePath, valueAtPath } from '../../../../src/model/json/path';

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

describe('valueAtPath', () => {
  const doc = { data: { full_audio: 'AAA', 'a b': [{ x: 1 }, { x: 2 }] } };

  it('follows every path childPath writes back to its value', () => {
    expect(valueAtPath(doc, 'data.full_audio')).toBe('AAA');
    const path = childPath(childPath(childPath('data', 'a b'), 1), 'x');
    expect(path).toBe('data["a b"][1].x');
    expect(valueAtPath(doc, path)).toBe(2);
  });

  it('finds nothing for missing steps, inherited keys or a path it cannot read', () => {
    expect(valueAtPath(doc, 'data.missing')).toBeUndefined();
    expect(valueAtPath(doc, 'data.constructor')).toBeUndefined();
    expect(valueAtPath(doc, 'data[0]')).toBeUndefined();
    expect(valueAtPath(doc, 'data..full_audio')).toBeUndefined();
    expect(valueAtPath(doc, 'datafull_audio')).toBeUndefined();
  });
});
