import { describe, expect, it } from 'vitest';
import { decode, decodeJson, detect } from '../../../src/model';
import { fixtureJson, fixtureText } from './helpers';

describe('recognising the format', () => {
  it('recognises the Synthflow post-call webhook', () => {
    expect(detect(fixtureJson('synthflow/seed-example.json'))).toEqual({
      id: 'synthflow-post-call',
      label: 'Synthflow post-call webhook',
      description: 'The report Synthflow sends to your webhook URL when a call has ended.',
    });
  });

  it('recognises a post-call payload whose call field is broken by its other sections', () => {
    expect(detect({ call: 'oops', lead: {}, executed_actions: {} }).id).toBe('synthflow-post-call');
  });

  it('does not take a payload with an event key for a Synthflow post-call webhook', () => {
    // Retell's call_ended webhook also has a `call` object, but always an `event` key.
    expect(detect({ event: 'call_ended', call: { call_id: 'x', call_status: 'ended' } }).id).toBe(
      'not-a-call',
    );
  });

  it('describes the Synthflow inbound-call webhook as what it is, with its numbers', () => {
    const result = decode(fixtureText('synthflow/inbound.json'));
    expect(result.format.id).toBe('synthflow-inbound');
    expect(result.format.description).toContain('not a call report');
    expect(result.call).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(result.facts).toEqual([
      { label: 'From', value: '+4917612345678' },
      { label: 'To', value: '+4930901820' },
      { label: 'Assistant (model id)', value: '5c0a2f8e-3b7d-4a51-9a0e-2f4c1d7e8b90' },
    ]);
  });

  it('warns about an inbound-call webhook without its details', () => {
    const result = decodeJson({ event: 'call_inbound' });
    expect(result.format.id).toBe('synthflow-inbound');
    expect(result.facts).toEqual([]);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', path: 'call_inbound' });
  });

  it.each([
    [[1, 2, 3], 'a JSON array of 3 items'],
    [[{}], 'a JSON array of 1 item'],
    [{ a: 1, b: 2, c: 3 }, 'a JSON object with keys a, b, c'],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, 'a JSON object with keys a, b, c, d, e…'],
    [{ ok: true }, 'a JSON object with key ok'],
    [{}, 'an empty JSON object'],
    ['hello', 'a JSON string'],
    [42, 'a JSON number'],
    [true, 'a JSON true/false value'],
    [null, 'JSON null'],
  ])('says JSON that is no call payload is %j', (value, shape) => {
    expect(detect(value)).toEqual({
      id: 'not-a-call',
      label: 'Not a call payload',
      description: `This is ${shape}, not a call payload Hookline knows how to read.`,
    });
  });

  it('keeps the parsed JSON of a payload that is no call, so it can be shown raw', () => {
    const result = decode('{"data": [], "total": 0}');
    expect(result.json).toEqual({ data: [], total: 0 });
    expect(result.call).toBeUndefined();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        path: '',
        expected: 'a call payload, such as a Synthflow post-call webhook',
        found: 'a JSON object with keys data, total',
        message:
          'This is a JSON object with keys data, total, not a call payload Hookline knows: it is shown as raw JSON only.',
      },
    ]);
  });
});
