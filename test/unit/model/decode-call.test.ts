import { describe, expect, it } from 'vitest';
import { decodeCallText, decodeCallValue } from '../../../src/model/decode-call';
import { SCORE, type VendorDecoder } from '../../../src/model/vendors';
import { readFixture } from './vendors/golden';

const claimsEverything = (vendor: 'vapi' | 'bland'): VendorDecoder => ({
  vendor,
  recognise: () => SCORE.strong,
  decode: () => ({ format: { id: vendor, label: vendor, description: '' }, problems: [] }),
});

describe('decodeCall: one decode step for every source', () => {
  it('reads a Retell payload as a Retell call, keeping the parsed JSON for the raw view', () => {
    const result = decodeCallText(readFixture('retell', 'call-analyzed-user-hangup.json'));
    expect(result.format.vendor).toBe('retell');
    expect(result.call?.vendor).toBe('retell');
    expect(result.json).toBeTypeOf('object');
  });

  it('unwraps a webhook.site request record and says what it unwrapped', () => {
    const body = readFixture('retell', 'call-ended-agent-hangup.json');
    const record = { uuid: 'u1', method: 'POST', created_at: '2026-11-30 10:00:00', content: body };
    const result = decodeCallValue(record);
    expect(result.call?.vendor).toBe('retell');
    expect(result.unwrappedFrom).toMatch(/webhook\.site/);
  });

  it('reports a payload two platforms claim equally instead of guessing', () => {
    const result = decodeCallValue(
      { any: 1 },
      { decoders: [claimsEverything('vapi'), claimsEverything('bland')] },
    );
    expect(result.call).toBeUndefined();
    expect(result.format.id).toBe('ambiguous');
    expect(result.problems[0]?.message).toMatch(/vapi and Bland AI/i);
  });

  it('says what valid JSON that no platform sends looks like', () => {
    const result = decodeCallText('[1, 2, 3]');
    expect(result.format.id).toBe('not-a-call');
    expect(result.problems[0]?.found).toMatch(/3 items/);
  });

  it('turns broken JSON and a throwing decoder into problems, never an exception', () => {
    expect(decodeCallText('{"a":').format.id).toBe('invalid');
    const throwing: VendorDecoder = {
      vendor: 'vapi',
      recognise: () => SCORE.strong,
      decode: () => {
        throw new RangeError('boom');
      },
    };
    const result = decodeCallValue({}, { decoders: [throwing] });
    expect(result.problems[0]?.severity).toBe('error');
  });
});

describe('decodeCallText: a cut-off payload', () => {
  it('decodes the complete part and marks the call partial, naming the last complete field', () => {
    const text = readFixture('retell', 'call-analyzed-user-hangup.json');
    const cut = text.slice(0, text.indexOf('"custom_sip_headers') + 5);
    const result = decodeCallText(cut);
    expect(result.call?.vendor).toBe('retell');
    expect(result.partial).toEqual({
      afterChars: cut.length,
      lastCompletePath: 'call.collected_dynamic_variables',
    });
    const [warning] = result.problems;
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toBe(
      `Partial: the payload is cut off after ${cut.length} characters; fields after that point are missing. The last complete field is call.collected_dynamic_variables.`,
    );
  });

  it('still refuses a text that breaks the grammar before its end', () => {
    const result = decodeCallText('{"event": "call_ended" "call": {');
    expect(result.call).toBeUndefined();
    expect(result.partial).toBeUndefined();
    expect(result.problems[0]?.severity).toBe('error');
  });
});
