import { describe, expect, it } from 'vitest';
import { extractPayloads, extractPayloadsFromText } from '../../../src/model/extract';
import { SCORE, type VendorDecoder, vendorDecoders } from '../../../src/model/vendors';
import { readFixture } from './vendors/golden';

const ended = readFixture('retell', 'call-ended-agent-hangup.json');
const analyzed = readFixture('retell', 'call-analyzed-user-hangup.json');
const record = (uuid: string, content: string) => ({
  uuid,
  method: 'POST',
  created_at: '2026-11-30 10:00:00',
  content,
});

/** A platform whose API answers `{calls: […]}`, as Synthflow's does. */
const lister: VendorDecoder = {
  vendor: 'synthflow',
  recognise: () => 0,
  decode: () => ({ format: { id: 'x', label: 'x', description: '' }, problems: [] }),
  listItems: (value) => {
    const calls = (value as { calls?: unknown }).calls;
    return Array.isArray(calls)
      ? calls.map((call, index) => ({ path: `calls[${index}]`, value: call }))
      : undefined;
  },
};

describe('extractPayloads: one step from a document to the payloads in it', () => {
  it('takes a single payload whole, keeping its text byte for byte', () => {
    const found = extractPayloadsFromText(ended);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: '', text: ended, parsed: true });
  });

  it('opens a webhook.site request record: the payload is its content, exactly as sent', () => {
    const found = extractPayloads(record('u1', ended));
    expect(found.map((c) => [c.path, c.text, c.record?.uuid])).toEqual([['content', ended, 'u1']]);
  });

  it('opens a webhook.site API page into one payload per record, each with its path', () => {
    const page = { data: [record('u2', analyzed), record('u1', ended)], total: 2 };
    const found = extractPayloads(page);
    expect(found.map((c) => c.path)).toEqual(['data[0].content', 'data[1].content']);
    expect(found.map((c) => c.text)).toEqual([analyzed, ended]);
  });

  it('opens a plain array of payloads', () => {
    const found = extractPayloads([JSON.parse(ended), JSON.parse(analyzed)]);
    expect(found.map((c) => c.path)).toEqual(['[0]', '[1]']);
    expect(found.every((c) => c.parsed)).toBe(true);
  });

  it("opens a platform's own list document through its listItems", () => {
    const doc = { status: 'ok', calls: [{ a: 1 }, { a: 2 }] };
    const found = extractPayloads(doc, undefined, { decoders: [lister] });
    expect(found.map((c) => c.path)).toEqual(['calls[0]', 'calls[1]']);
  });

  it('never opens a payload a platform claims, even one holding a data array', () => {
    const claims: VendorDecoder = { ...lister, listItems: undefined, recognise: () => SCORE.weak };
    const found = extractPayloads({ data: [1, 2] }, undefined, { decoders: [claims] });
    expect(found.map((c) => c.path)).toEqual(['']);
  });

  it('keeps a record whose body is not JSON as one unparsed payload', () => {
    const found = extractPayloads(record('u3', 'name=Ada&x=1'));
    expect(found).toEqual([
      expect.objectContaining({ path: 'content', text: 'name=Ada&x=1', parsed: false }),
    ]);
  });

  it('returns text that is not JSON as one unparsed payload instead of throwing', () => {
    expect(extractPayloadsFromText('not json')).toEqual([
      { path: '', text: 'not json', parsed: false },
    ]);
  });

  it('stops at the cap on a long list', () => {
    const list = Array.from({ length: 50 }, (_, n) => ({ n }));
    expect(extractPayloads(list, undefined, { maxItems: 10 })).toHaveLength(10);
  });

  it('never throws on a hostile document', () => {
    const hostile = Object.defineProperty({}, 'data', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => extractPayloads(hostile, undefined, { decoders: vendorDecoders })).not.toThrow();
  });
});
