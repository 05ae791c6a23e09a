import { describe, expect, it } from 'vitest';
import { childPath, valueAtPath } from '../../../../src/model/json/path';

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
