import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { contentOf } = await import('../../../src/browser/devtools-network');

describe('reading a response body from DevTools', () => {
  it("reads Chrome's promise form, { content, encoding } (seen in Chromium 156)", () => {
    expect(contentOf({ content: '{"status":"completed"}', encoding: '' })).toEqual([
      '{"status":"completed"}',
      '',
    ]);
  });

  it("reads Chrome's callback arguments and Firefox's [content, mimeType]", () => {
    expect(contentOf(['{"a":1}', 'base64'])).toEqual(['{"a":1}', 'base64']);
    expect(contentOf(['{"a":1}', 'application/json'])).toEqual(['{"a":1}', 'application/json']);
  });

  it('reads a bare string, and nothing from anything else', () => {
    expect(contentOf('{"a":1}')).toEqual(['{"a":1}']);
    expect(contentOf(null)).toEqual([undefined]);
    expect(contentOf({ content: 42 })).toEqual([undefined, undefined]);
  });
});
