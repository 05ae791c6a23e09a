import { describe, expect, it } from 'vitest';
import { decodeUtf8, readTextFile } from '../../../../src/ui/workbench/read-text-file';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  );

describe('readTextFile', () => {
  it('reads UTF-8 (a byte order mark dropped, as File.text() does) without a warning', async () => {
    const file = new File([bytes([0xef, 0xbb, 0xbf], '{"name": "Zoë 👋"}')], 'ok.json');
    expect(await readTextFile(file)).toEqual({ text: '{"name": "Zoë 👋"}' });
  });

  it('says how many bytes were not UTF-8 and where the first was', async () => {
    const file = new File([bytes('{"a": "x', [0xff, 0xfe], 'y"}')], 'bad.json');
    expect(await readTextFile(file)).toEqual({
      text: '{"a": "x\ufffd\ufffdy"}',
      invalid: { bytes: 2, firstOffset: 8 },
    });
  });
});

describe('decodeUtf8 counts the bytes the decoder replaced', () => {
  it.each([
    ['a stray continuation byte', [0x61, 0x80, 0x62], 1, 1],
    ['a sequence cut off by the end', [0x61, 0xe2, 0x82], 2, 1],
    ['a sequence cut off by ASCII', [0xe2, 0x82, 0x61], 2, 0],
    ['an overlong encoding', [0xc0, 0x80], 2, 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 3, 0],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 4, 0],
  ])('%s', (_, input, count, firstOffset) => {
    const result = decodeUtf8(new Uint8Array(input));
    expect(result.invalid).toEqual({ bytes: count, firstOffset });
    expect(result.text).toBe(new TextDecoder().decode(new Uint8Array(input)));
  });

  it('keeps a U+FFFD that was sent as one, without a warning', () => {
    expect(decodeUtf8(bytes('\ufffd'))).toEqual({ text: '\ufffd' });
  });
});
