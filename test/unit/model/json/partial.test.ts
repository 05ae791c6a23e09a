import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPartialJson } from '../../../../src/model/json/partial';

const FIXTURES = join(__dirname, '../../../fixtures');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Every value in `part` is in `whole` at the same place: nothing invented, nothing completed. */
function isPrefixTree(part: unknown, whole: unknown): boolean {
  if (Array.isArray(part)) {
    return (
      Array.isArray(whole) &&
      part.length <= whole.length &&
      part.every((item, index) => isPrefixTree(item, whole[index]))
    );
  }
  if (part !== null && typeof part === 'object') {
    if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) return false;
    return Object.entries(part).every(
      ([key, value]) => Object.hasOwn(whole, key) && isPrefixTree(value, (whole as never)[key]),
    );
  }
  return Object.is(part, whole);
}

describe('readPartialJson: the complete part of a cut-off payload', () => {
  it('closes the open objects and drops the string cut in the middle', () => {
    const read = readPartialJson('{"call": {"status": "completed", "transcript": "bot: Hel');
    expect(read?.value).toEqual({ call: { status: 'completed' } });
    expect(read?.lastCompletePath).toBe('call.status');
    expect(read?.afterChars).toBe(56);
  });

  it('never completes a number, a word or a key without its value', () => {
    expect(readPartialJson('{"a": 1, "b": 12')?.value).toEqual({ a: 1 });
    expect(readPartialJson('{"a": 1, "b": tru')?.value).toEqual({ a: 1 });
    expect(readPartialJson('{"a": 1, "b":')?.value).toEqual({ a: 1 });
    expect(readPartialJson('{"a": 1, "b"')?.value).toEqual({ a: 1 });
    expect(readPartialJson('{"a": 1, "b": true')?.value).toEqual({ a: 1, b: true });
  });

  it('keeps the items of a list that were complete and names the last one', () => {
    const read = readPartialJson('{"turns": [{"role": "bot"}, {"role": "us');
    expect(read?.value).toEqual({ turns: [{ role: 'bot' }, {}] });
    expect(read?.lastCompletePath).toBe('turns[0]');
  });

  it('reads nothing from a cut scalar or a text that breaks the grammar before the cut', () => {
    expect(readPartialJson('"abc')).toBeUndefined();
    expect(readPartialJson('12')).toBeUndefined();
    expect(readPartialJson('{"a": {"b":')).toBeUndefined();
    expect(readPartialJson('{"a": 1 "b": 2')).toBeUndefined();
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(readPartialJson(`${'['.repeat(100_000)}1, 2`)?.lastCompletePath).toMatch(
      /^(\[0\]){100000}$/,
    );
  });

  const files = jsonFiles(FIXTURES);
  it.each(files.map((path) => [path.slice(FIXTURES.length + 1), path]))(
    '%s cut anywhere: never throws and shows only complete values',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const whole: unknown = JSON.parse(text);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: text.length - 1 }), (at) => {
          const read = readPartialJson(text.slice(0, at));
          if (read !== undefined) expect(isPrefixTree(read.value, whole)).toBe(true);
        }),
        { numRuns: 150 },
      );
    },
  );
});
