import { describe, expect, it } from 'vitest';
import { type CallDecodeResult, decodeCallText, decodeCallValue } from '../../../src/model';
import { problems as problemText } from '../../../src/strings';

/**
 * What every result must be: a call with warnings only; or exactly one error problem saying why
 * there is no call ('not-a-call' keeps the parsed JSON for the raw view). The never-throws
 * properties over every platform are in decode-call-properties.test.ts.
 */
function expectSound(result: CallDecodeResult): void {
  for (const problem of result.problems) {
    expect(problem.message).not.toBe(problemText.decoderFailed);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  if (result.call !== undefined) {
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    return;
  }
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.severity).toBe('error');
  if (result.format.id === 'not-a-call') expect(result.json).not.toBeUndefined();
}

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
    const result = decodeCallText(text);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');

    const call = result.call;
    expect(call?.outcome.status?.raw).toBe('constructor');
    expect(call?.otherFields.map((f) => f.path)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'call.__proto__']),
    );
    const [tool] = call?.toolCalls ?? [];
    expect(tool?.name).toBe('__proto__');
    expect(tool?.kind).toBe('__proto__');
    expect(tool?.result.kind).toBe('object');
    expect(call?.analysis.judgements.map((j) => [j.key, j.verdict, j.rationale])).toEqual([
      ['__proto__', 'true', 'x'],
      ['constructor', 'false', undefined],
    ]);
    const collected = call?.variables.find((group) => group.kind === 'collected');
    expect(collected?.entries?.[0]?.name).toBe('__proto__');
  });

  const DEPTH = 10_000;
  const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

  it('reads JSON nested 10,000 levels deep without overflowing the stack', () => {
    for (const text of [deepArray, deepObject]) {
      const result = decodeCallText(text);
      expectSound(result);
      expect(result.format.id).toBe('not-a-call');
    }
  });

  it('points at the break in broken JSON nested 10,000 levels deep', () => {
    const result = decodeCallText(`${deepObject.slice(0, -1)}]`);
    expect(result.problems[0]).toMatchObject({ line: 1, column: deepObject.length });
    expect(decodeCallText(deepArray.slice(0, -5)).problems[0]?.message).toContain('cut off');
  });

  it('decodes a call whose fields hold values nested 10,000 levels deep', () => {
    const payload = `{
      "call": {"status": "completed", "new_field": ${deepArray}, "transcript": "bot: hi"},
      "metadata": ${deepObject},
      "analysis": {"goal": ${deepArray}},
      "collected_variables": {"slot": {"value": ${deepObject}}},
      "executed_actions": {"a": {"return_value": ${JSON.stringify(deepArray)}, "parameters_from_llm": ${deepObject}}}
    }`;
    const result = decodeCallText(payload);
    expectSound(result);
    expect(result.call?.toolCalls[0]?.result.kind).toBe('list');
    expect(result.call?.otherFields[0]?.path).toBe('call.new_field');
  });

  it('decodes a deeply nested value that was already parsed', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < DEPTH; i += 1) value = { call: value };
    expectSound(decodeCallValue(value));
  });
});
