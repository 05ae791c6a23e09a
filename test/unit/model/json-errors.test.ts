import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../src/model';
import { fixtureText } from './helpers';

function onlyProblem(text: string, options?: { maxChars?: number }) {
  const result = decodeCallText(text, options);
  expect(result.call).toBeUndefined();
  expect(result.format.id).toBe('invalid');
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem?.severity).toBe('error');
  return problem as NonNullable<typeof problem>;
}

describe('reading the text as JSON', () => {
  it('says the input is empty when nothing was pasted', () => {
    const problem = onlyProblem('');
    expect(problem.message).toMatch(/empty/);
    expect(problem.found).toBe('nothing at all');
  });

  it('treats whitespace-only input as empty', () => {
    const problem = onlyProblem('  \n\t \r\n');
    expect(problem.message).toMatch(/empty/);
    expect(problem.found).toBe('only whitespace');
  });

  it('says prose does not look like JSON and quotes how it starts', () => {
    const problem = onlyProblem('this does not look like JSON at all');
    expect(problem.message).toContain('does not look like JSON');
    expect(problem.message).toContain('"this does not look l…"');
    expect(problem.line).toBeUndefined();
  });

  it('says an HTML error page does not look like JSON', () => {
    expect(onlyProblem('<!DOCTYPE html><html>502 Bad Gateway</html>').message).toContain(
      'does not look like JSON',
    );
  });

  it('does not mistake words that start like null or true for broken JSON', () => {
    expect(onlyProblem('nothing here').message).toContain('does not look like JSON');
    expect(onlyProblem('todo: paste payload').message).toContain('does not look like JSON');
  });

  it('points at a trailing comma itself, not at the } after it', () => {
    const problem = onlyProblem('{\n  "status": "completed",\n}');
    expect([problem.line, problem.column]).toEqual([2, 24]);
    expect(problem.found).toBe('a comma just before }');
    expect(problem.excerpt).toBe('  "status": "completed",\n                       ^');
    expect(problem.message).toBe(
      'The JSON is broken at line 2, column 24: a comma follows the last item; JSON allows no comma before }, so remove this one.',
    );
    expect(onlyProblem('[1, 2, ]').column).toBe(6);
  });

  it('says text and property names take double quotes when single quotes are used', () => {
    const problem = onlyProblem("{'status': 'completed'}");
    expect([problem.line, problem.column]).toEqual([1, 2]);
    expect(problem.message).toContain('double quotes ("…"), not single quotes');
    expect(onlyProblem('{"status": \'completed\'}').column).toBe(12);
  });

  it('names both items when a comma is missing between them', () => {
    const problem = onlyProblem('{\n  "status": "completed"\n  "duration": 32\n}');
    expect([problem.line, problem.column]).toEqual([3, 3]);
    expect(problem.message).toBe(
      'The JSON is broken at line 3, column 3: a comma is missing between "status": "completed" and "duration": 32.',
    );
    expect(onlyProblem('[{"a": 1} {"b": 2}]').message).toContain(
      'missing between {"a": 1} and {"b": 2}]',
    );
  });

  it('says JSON has no comments', () => {
    const problem = onlyProblem('{\n  // the call\n  "status": "completed"\n}');
    expect([problem.line, problem.column]).toEqual([2, 3]);
    expect(problem.message).toContain('JSON has no comments');
    expect(onlyProblem('{"a": 1 /* note */}').message).toContain('JSON has no comments');
  });

  it('says NaN and Infinity are not JSON numbers and what to send instead', () => {
    expect(onlyProblem('{"cost": NaN}').message).toBe(
      'The JSON is broken at line 1, column 10: NaN is not a JSON number; JSON allows only finite numbers, so send null or the text "NaN" instead.',
    );
    const negative = onlyProblem('{"cost": -Infinity}');
    expect(negative.column).toBe(10);
    expect(negative.message).toContain('-Infinity is not a JSON number');
  });

  it('says property names need double quotes when a key is unquoted', () => {
    const problem = onlyProblem('{status: "completed"}');
    expect(problem.column).toBe(2);
    expect(problem.message).toContain('write "status", not status');
  });

  it('points at a missing comma between fields in the middle of a line', () => {
    const problem = onlyProblem('{"call": {"status": "completed" "duration": 32}}');
    expect([problem.line, problem.column]).toEqual([1, 33]);
    expect(problem.expected).toBe('a comma between two items');
    expect(problem.excerpt).toBe(
      '{"call": {"status": "completed" "duration": 32}}\n                                ^',
    );
  });

  it('names a raw line break inside a string', () => {
    const problem = onlyProblem('{"transcript": "bot: hi\nhuman: hello"}');
    expect(problem.found).toBe('a line break');
    expect([problem.line, problem.column]).toEqual([1, 24]);
  });

  it('names an invalid escape inside a string', () => {
    const problem = onlyProblem('{"path": "C:\\temp\\x"}');
    expect(problem.expected).toContain('an escape');
    expect(problem.found).toBe('the character "x"');
  });

  it('shows only a window of a very long minified line, with the caret under the error', () => {
    const text = `{"transcript": "${'a'.repeat(5000)}", oops}`;
    const problem = onlyProblem(text);
    const [shown, caret] = (problem.excerpt ?? '').split('\n');
    expect(problem.column).toBe(5020);
    expect(shown?.length).toBeLessThan(100);
    expect(shown?.startsWith('…')).toBe(true);
    expect(shown?.charAt(caret?.indexOf('^') ?? -1)).toBe('o');
  });

  it('keeps the caret aligned when the broken line has tabs', () => {
    const problem = onlyProblem('{\n\t"a": 1,\n\t"b" 2\n}');
    const [shown, caret] = (problem.excerpt ?? '').split('\n');
    expect(shown?.charAt(caret?.indexOf('^') ?? -1)).toBe('2');
    expect([problem.line, problem.column]).toEqual([3, 6]);
  });

  it('reads what is complete of a payload cut in the middle, and says where it was cut', () => {
    const seed = fixtureText('synthflow/seed-example.json');
    const result = decodeCallText(seed.slice(0, 700));
    expect(result.call?.customer.name).toBe('David');
    expect(result.partial?.afterChars).toBe(700);
    const [warning] = result.problems;
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/^Partial: the payload is cut off after 700 characters/);
    expect(warning?.found).toBe('the end of the input');
  });

  it('says a payload cut off inside a string or a word looks cut off too', () => {
    expect(onlyProblem('{"status": "compl').message).toContain('cut off after 17 characters');
    expect(onlyProblem('[tru').message).toContain('cut off');
    expect(onlyProblem('{"a": 1').message).toContain('cut off');
  });

  it('suggests two payloads were pasted together when a second one follows the first', () => {
    const problem = onlyProblem('{"status": "completed"}\n{"status": "failed"}');
    expect(problem.message).toContain('two payloads were pasted together');
    expect([problem.line, problem.column]).toEqual([2, 1]);
  });

  it('refuses input over the size cap before parsing it', () => {
    const problem = onlyProblem('{"a": 1}'.padEnd(2048, ' '), { maxChars: 1024 });
    expect(problem.message).toBe(
      'The payload is 2 KB, more than the 1 KB Hookline reads at once, so it was not read.',
    );
  });

  it('reads up to 20 MB by default and refuses more', () => {
    const justOver = ' '.repeat(20 * 1024 * 1024 + 1);
    expect(onlyProblem(justOver).message).toContain('more than the 20 MB');
  });

  it('reads a payload saved with a byte order mark', () => {
    const result = decodeCallText(`\uFEFF${fixtureText('synthflow/seed-example.json')}`);
    expect(result.format.id).toBe('synthflow-post-call');
    expect(result.problems).toEqual([]);
  });

  it('words its errors itself rather than repeating the engine message', () => {
    // V8 and SpiderMonkey word JSON.parse errors differently; the decoder must not leak either.
    const problem = onlyProblem('{"a": }');
    expect(problem.message).not.toMatch(/Unexpected token|JSON\.parse/);
    expect(problem.expected).toContain('a value');
  });
});
