import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decode, decodeJson } from '../../../src/model';
import { problems as problemText } from '../../../src/strings';
import { fixtureJson, fixtureText } from './helpers';

const POST_CALL_FIXTURES = [
  'synthflow/seed-example.json',
  'synthflow/failed-transfer.json',
  'synthflow/list-api-no-answer.json',
  'synthflow/custom-end-call.json',
  'synthflow/voicemail-quirks.json',
];
const ALL_FIXTURES = [
  ...POST_CALL_FIXTURES,
  'synthflow/inbound.json',
  'synthflow/webhook-site-record.json',
];

/**
 * What every result must be. A call; or a recognised payload that is no call report (the
 * Synthflow inbound webhook, with its facts); or else exactly one error problem saying why
 * there is no call: 'invalid' for text that is not JSON, 'not-a-call' for JSON that is no call
 * payload, which keeps the parsed JSON for the raw view.
 */
function expectSound(result: DecodeResult): void {
  for (const problem of result.problems) {
    expect(problem.message).not.toBe(problemText.decoderFailed);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(typeof problem.path).toBe('string');
    if (problem.line !== undefined) {
      expect(problem.column).toBeGreaterThan(0);
      expect(problem.excerpt?.split('\n')[1]).toMatch(/^ *\^$/);
    }
  }
  if (result.call !== undefined) {
    expect(result.format.id).toBe('synthflow-post-call');
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    return;
  }
  if (result.format.id === 'synthflow-inbound') {
    expect(result.facts).toBeDefined();
    return;
  }
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.severity).toBe('error');
  expect(['invalid', 'not-a-call']).toContain(result.format.id);
  if (result.format.id === 'not-a-call') expect(result.json).not.toBeUndefined();
}

/** Every JSON path of a value, as lists of keys, so a mutation can target any of them. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function mutate(
  payload: unknown,
  path: Array<string | number>,
  replacement: unknown,
  remove: boolean,
) {
  const copy = structuredClone(payload) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('decoding never throws', () => {
  it('returns a sound result for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectSound(decode(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns a sound result for arbitrary JSON values, parsed or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSound(decodeJson(value));
        expectSound(decode(JSON.stringify(value)));
      }),
      { numRuns: 2500 },
    );
  });

  it('still shows a call when any one field of a fixture is replaced or removed', () => {
    const fixtures = POST_CALL_FIXTURES.map((name) => {
      const payload = fixtureJson(name);
      return { payload, paths: pathsOf(payload) };
    });
    const arbitrary = fc
      .constantFrom(...fixtures)
      .chain(({ payload, paths }) =>
        fc.tuple(
          fc.constant(payload),
          fc.constantFrom(...paths),
          fc.jsonValue({ maxDepth: 3 }),
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(arbitrary, ([payload, path, replacement, remove]) => {
        const result = decodeJson(mutate(payload, path, replacement, remove));
        expectSound(result);
        expect(result.call).toBeDefined();
      }),
      { numRuns: 2500 },
    );
  });

  it('returns a sound result for fixture texts that are cut, spliced or garbled', () => {
    const texts = ALL_FIXTURES.map(fixtureText);
    const edit = fc
      .constantFrom(...texts)
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.nat({ max: text.length }),
          fc.nat({ max: 20 }),
          fc.string({ maxLength: 5 }),
          fc.constantFrom('cut', 'splice'),
        ),
      );
    fc.assert(
      fc.property(edit, ([text, at, length, insert, kind]) => {
        const edited =
          kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at + length);
        expectSound(decode(edited));
      }),
      { numRuns: 2500 },
    );
  });
});

describe('hostile input', () => {
  it('keeps __proto__, constructor and prototype keys as inert data', () => {
    const text = `{
      "__proto__": {"polluted": "top"},
      "constructor": {"prototype": {"polluted": "ctor"}},
      "status": "completed",
      "lead": {"name": "Eve", "prompt_variables": {"__proto__": {"polluted": "vars"}}},
      "call": {"status": "constructor", "__proto__": {"polluted": "call"}, "transcript": "bot: hi"},
      "executed_actions": {
        "__proto__": {
          "name": "__proto__",
          "action_type": "__proto__",
          "return_value": "{\\"__proto__\\": {\\"polluted\\": \\"rv\\"}}",
          "prototype": {"polluted": "extra"},
          "__proto__": {"polluted": "extra2"}
        }
      },
      "analysis": {"__proto__": "true", "constructor": "false", "__proto___feedback": "x"},
      "collected_variables": {"__proto__": {"value": {"polluted": "slot"}, "collected": true}},
      "metadata": {"__proto__": {"polluted": "meta"}}
    }`;
    const result = decode(text);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');

    const call = result.call;
    expect(call?.status).toMatchObject({ raw: 'constructor', known: false });
    expect(call?.otherFields.map((f) => f.path)).toEqual([
      '__proto__',
      'constructor',
      'call.__proto__',
    ]);
    const [action] = call?.actions ?? [];
    expect(action?.key).toBe('__proto__');
    expect(action?.type).toEqual({ raw: '__proto__', label: '__proto__', known: false });
    expect(Object.getPrototypeOf(action?.extra)).toBe(Object.prototype);
    expect(Object.hasOwn(action?.extra ?? {}, '__proto__')).toBe(true);
    expect(Object.hasOwn(action?.extra ?? {}, 'prototype')).toBe(true);
    expect(action?.returnValue.kind).toBe('object');
    expect(call?.analysis.map((a) => [a.key, a.value, a.feedback])).toEqual([
      ['__proto__', 'true', 'x'],
      ['constructor', 'false', undefined],
    ]);
    expect(call?.collectedVariables?.[0]?.name).toBe('__proto__');
    expect(Object.getPrototypeOf(call?.lead.promptVariables)).toBe(Object.prototype);
  });

  const DEPTH = 10_000;
  const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

  it('reads JSON nested 10,000 levels deep without overflowing the stack', () => {
    for (const text of [deepArray, deepObject]) {
      const result = decode(text);
      expectSound(result);
      expect(result.format.id).toBe('not-a-call');
    }
  });

  it('points at the break in broken JSON nested 10,000 levels deep', () => {
    const result = decode(`${deepObject.slice(0, -1)}]`);
    expect(result.problems[0]).toMatchObject({ line: 1, column: deepObject.length });
    expect(decode(deepArray.slice(0, -5)).problems[0]?.message).toContain('cut off');
  });

  it('decodes a call whose fields hold values nested 10,000 levels deep', () => {
    const payload = `{
      "call": {"status": "completed", "new_field": ${deepArray}, "transcript": "bot: hi"},
      "metadata": ${deepObject},
      "analysis": {"goal": ${deepArray}},
      "collected_variables": {"slot": {"value": ${deepObject}}},
      "executed_actions": {"a": {"return_value": ${JSON.stringify(deepArray)}, "parameters_from_llm": ${deepObject}}}
    }`;
    const result = decode(payload);
    expectSound(result);
    expect(result.call?.actions[0]?.returnValue.kind).toBe('list');
    expect(result.call?.otherFields[0]?.path).toBe('call.new_field');
  });

  it('decodes a deeply nested value that was already parsed', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < DEPTH; i += 1) value = { call: value };
    expectSound(decodeJson(value));
  });
});
