import { describe, expect, it } from 'vitest';
import { NumbersAsSent } from '../../../../src/model/json/numbers-as-sent';
import { stringifyJson } from '../../../../src/model/json/stringify';

const text = '{"a": {"id": 12345678901234567890, "list": [1, 1e400]}, "constructor": 2}';
const doc = JSON.parse(text) as { a: { id: number; list: number[] } };
const numbers = new NumbersAsSent(doc, { 'a.id': '12345678901234567890', 'a.list[1]': '1e400' });

describe('NumbersAsSent', () => {
  it('finds a number by its path, or by the parsed container holding it', () => {
    expect(numbers.at('a.id')).toBe('12345678901234567890');
    expect(numbers.member(doc.a, 'id')).toBe('12345678901234567890');
    expect(numbers.member(doc.a.list, 1)).toBe('1e400');
    expect(numbers.member(doc.a.list, 0)).toBeUndefined();
    expect(numbers.at('constructor')).toBeUndefined();
  });

  it('finds nothing in an equal object that is not the parsed one', () => {
    expect(numbers.member({ ...doc.a }, 'id')).toBeUndefined();
  });

  it('prints a document with them as sent', () => {
    const numberText = (parent: object, key: string | number) => numbers.member(parent, key);
    expect(stringifyJson(doc, { numberText })).toBe(
      '{"a":{"id":12345678901234567890,"list":[1,1e400]},"constructor":2}',
    );
  });
});
