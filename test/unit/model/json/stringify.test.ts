import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyJson } from '../../../../src/model/json/stringify';

/** `depth` nested arrays around 1, built without recursion. */
function deepArray(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('stringifyJson', () => {
  it('writes the same text as JSON.stringify, minified and pretty', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4), (value, indent) => {
        expect(stringifyJson(value, { indent })).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON has no text for, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, () => 1, Number.NaN, -0], c: Symbol('s'), d: {} };
    expect(stringifyJson(value, { indent: 2 })).toBe(JSON.stringify(value, null, 2));
    expect(stringifyJson(undefined)).toBeUndefined();
  });

  it('writes a 100,000-deep document that JSON.stringify cannot', () => {
    const value = deepArray(100_000);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    const text = stringifyJson(value);
    expect(text).toBe(`${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
  });

  it('stops soon after the limit, for a preview of a document too big to print', () => {
    const text = stringifyJson(deepArray(100_000), { indent: 2, limit: 1000 }) ?? '';
    expect(text.length).toBeGreaterThanOrEqual(1000);
    expect(text.length).toBeLessThan(2000);
    expect(text.startsWith('[\n  [\n    [')).toBe(true);
  });

  it('refuses a cycle like JSON.stringify', () => {
    const value: Record<string, unknown> = { a: 1 };
    value.self = { back: value };
    expect(() => stringifyJson(value)).toThrow(TypeError);
    const shared = { x: 1 };
    expect(stringifyJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });
});
