import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const area = () => {
    const data = new Map<string, unknown>();
    return {
      data,
      get: vi.fn(async (key: string | null) =>
        key === null ? Object.fromEntries(data) : data.has(key) ? { [key]: data.get(key) } : {},
      ),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) data.set(key, value);
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        for (const key of [keys].flat()) data.delete(key);
      }),
    };
  };
  const local = area();
  const session = area();
  return { local, session, browser: { storage: { local, session } } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { DRAFT_LIMIT_CHARS, draftKeeper, HANDOFF_TTL_MS, loadDraft, stashForViewer, takeFromStash } =
  await import('../../../src/browser/storage');

beforeEach(() => {
  fake.local.data.clear();
  fake.session.data.clear();
  vi.clearAllMocks();
});

describe('the draft that survives closing the popup', () => {
  it('keeps the last text, writing once however fast it changes', async () => {
    const keep = draftKeeper();
    const writes = ['{', '{"', '{"status": "busy"}'].map((text) => keep(text));
    await Promise.all(writes);
    expect(await loadDraft()).toBe('{"status": "busy"}');
    expect(fake.local.set).toHaveBeenCalledTimes(1);
  });

  it('clears the stored draft rather than keep a stale one when the text is too large', async () => {
    const keep = draftKeeper();
    await keep('{"small": true}');
    expect(await keep('x'.repeat(DRAFT_LIMIT_CHARS + 1))).toBe(false);
    expect(await loadDraft()).toBe('');
  });

  it('forgets the draft when the box is cleared', async () => {
    const keep = draftKeeper();
    await keep('{"a": 1}');
    await keep('');
    expect(fake.local.data.has('draft')).toBe(false);
  });
});

describe('handing a payload to a viewer tab', () => {
  it('gives it to the viewer once, then removes it', async () => {
    const id = await stashForViewer({ rawBody: '{"status": "completed"}' });
    expect(await takeFromStash(id)).toEqual({ rawBody: '{"status": "completed"}' });
    expect(await takeFromStash(id)).toBeUndefined();
  });

  it('hands over the request headers too, kept in session storage only (never on disk)', async () => {
    const headers = { 'x-vapi-secret': 'vapi_s3cret', 'content-type': ['application/json'] };
    const id = await stashForViewer({
      rawBody: '{"message": {}}',
      request: { headers, contentType: 'application/json' },
    });
    expect(JSON.stringify([...fake.local.data])).not.toContain('vapi_s3cret');
    expect(await takeFromStash(id)).toEqual({
      rawBody: '{"message": {}}',
      request: { headers, contentType: 'application/json' },
    });
    expect(fake.session.data.size).toBe(0);
  });

  it('drops handoffs no viewer picked up in time, so they never fill the storage quota', async () => {
    const start = Date.UTC(2024, 2, 28, 9);
    const request = { headers: { authorization: 'Bearer t0ken' } };
    await stashForViewer({ rawBody: 'first', request }, start);
    const id = await stashForViewer({ rawBody: 'second', request }, start + HANDOFF_TTL_MS);
    for (const area of [fake.local, fake.session]) {
      const handoffs = [...area.data.keys()].filter((key) => key.startsWith('handoff:'));
      expect(handoffs).toEqual([`handoff:${id}`]);
    }
  });

  it('keeps both payloads when "Open in tab" is clicked twice quickly', async () => {
    const first = await stashForViewer({ rawBody: '{"n": 1}' });
    const second = await stashForViewer({ rawBody: '{"n": 2}' });
    expect(await takeFromStash(second)).toEqual({ rawBody: '{"n": 2}' });
    expect(await takeFromStash(first)).toEqual({ rawBody: '{"n": 1}' });
  });
});
