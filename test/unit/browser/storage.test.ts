import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  /** A storage area as Chrome keeps it: 10 MB, counted as the JSON of keys and values. */
  const QUOTA_BYTES = 10 * 1024 * 1024;
  const bytes = (entries: Map<string, unknown>) =>
    [...entries].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  const area = () => {
    const data = new Map<string, unknown>();
    return {
      data,
      get: vi.fn(async (key: string | null) =>
        key === null ? Object.fromEntries(data) : data.has(key) ? { [key]: data.get(key) } : {},
      ),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const next = new Map([...data, ...Object.entries(items)]);
        if (bytes(next) > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
        for (const [key, value] of Object.entries(items)) data.set(key, value);
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        for (const key of [keys].flat()) data.delete(key);
      }),
    };
  };
  const local = area();
  const session = area();
  /** IndexedDB in the extension's origin, as the text store sees it; `full` refuses writes. */
  const texts = new Map<string, string>();
  const idb = {
    texts,
    full: false,
    get: vi.fn(async (key: string) => texts.get(key)),
    set: vi.fn(async (key: string, text: string) => {
      if (idb.full) return false;
      texts.set(key, text);
      return true;
    }),
    remove: vi.fn(async (keys: string[]) => {
      for (const key of keys) texts.delete(key);
    }),
    keys: vi.fn(async (prefix: string) => [...texts.keys()].filter((k) => k.startsWith(prefix))),
  };
  return {
    local,
    session,
    idb,
    browser: { storage: { local, session } },
    openIdb: vi.fn(async () => idb),
  };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/browser/idb-text-store', () => ({ openIdbTextStore: fake.openIdb }));

const { draftKeeper, HANDOFF_TTL_MS, loadDraft, stashForViewer, takeFromStash } = await import(
  '../../../src/browser/storage'
);
const { LOCAL_TEXT_LIMIT_BYTES, localTextStore } = await import('../../../src/browser/text-store');

const MB = 1024 * 1024;

/** A call payload whose transcript is quoted JSON: its JSON escapes it again, at 1.5 times the length. */
function escapeHeavy(chars: number): string {
  const line = '\nhuman:  ["ok","no","ok","no","ok","no","ok","no"]';
  const transcript = line.repeat(Math.ceil(chars / JSON.stringify(line).length));
  return JSON.stringify({ status: 'completed', call: { status: 'completed', transcript } });
}

beforeEach(() => {
  fake.local.data.clear();
  fake.session.data.clear();
  fake.idb.texts.clear();
  fake.idb.full = false;
  vi.clearAllMocks();
});

describe('the draft that survives closing the popup', () => {
  it('keeps the last text, writing once however fast it changes', async () => {
    const keep = draftKeeper();
    const writes = ['{', '{"', '{"status": "busy"}'].map((text) => keep(text));
    expect(await Promise.all(writes)).toEqual([true, true, true]);
    expect(await loadDraft()).toBe('{"status": "busy"}');
    expect(fake.idb.set).toHaveBeenCalledTimes(1);
  });

  it('keeps a draft of many megabytes, escaped quotes and all', async () => {
    const keep = draftKeeper();
    const draft = escapeHeavy(12 * MB);
    expect(await keep(draft)).toBe(true);
    expect(await loadDraft()).toBe(draft);
  });

  it('says when the text could not be kept, and clears the stored draft rather than keep a stale one', async () => {
    const keep = draftKeeper();
    await keep('{"small": true}');
    fake.idb.full = true;
    expect(await keep('{"small": false}')).toBe(false);
    expect(await loadDraft()).toBe('');
  });

  it('forgets the draft when the box is cleared', async () => {
    const keep = draftKeeper();
    await keep('{"a": 1}');
    expect(await keep('')).toBe(true);
    expect(fake.idb.texts.has('draft')).toBe(false);
  });
});

describe('handing a payload to a viewer tab', () => {
  it('gives it to the viewer once, then removes it', async () => {
    const id = await stashForViewer({ rawBody: '{"status": "completed"}' });
    expect(await takeFromStash(id)).toEqual({ rawBody: '{"status": "completed"}' });
    expect(await takeFromStash(id)).toBeUndefined();
    expect(fake.idb.texts.size).toBe(0);
  });

  it('hands over the request headers too, kept in session storage only (never on disk)', async () => {
    const headers = { 'x-vapi-secret': 'vapi_s3cret', 'content-type': ['application/json'] };
    const id = await stashForViewer({
      rawBody: '{"message": {}}',
      request: { headers, contentType: 'application/json' },
    });
    const onDisk = JSON.stringify([...fake.local.data, ...fake.idb.texts]);
    expect(onDisk).not.toContain('vapi_s3cret');
    expect(await takeFromStash(id)).toEqual({
      rawBody: '{"message": {}}',
      request: { headers, contentType: 'application/json' },
    });
    expect(fake.session.data.size).toBe(0);
  });

  it('drops handoffs no viewer picked up in time, so they never fill the storage', async () => {
    const start = Date.UTC(2024, 2, 28, 9);
    const request = { headers: { authorization: 'Bearer t0ken' } };
    await stashForViewer({ rawBody: 'first', request }, start);
    const kept = await stashForViewer({ rawBody: 'second', request }, start + HANDOFF_TTL_MS - 1);
    const id = await stashForViewer({ rawBody: 'third', request }, start + HANDOFF_TTL_MS);
    for (const keys of [fake.idb.texts.keys(), fake.session.data.keys()]) {
      expect([...keys]).toEqual([`handoff:${kept}`, `handoff:${id}`]);
    }
  });

  it('keeps both payloads when "Open in tab" is clicked twice quickly', async () => {
    const first = await stashForViewer({ rawBody: '{"n": 1}' });
    const second = await stashForViewer({ rawBody: '{"n": 2}' });
    expect(await takeFromStash(second)).toEqual({ rawBody: '{"n": 2}' });
    expect(await takeFromStash(first)).toEqual({ rawBody: '{"n": 1}' });
  });

  it.each([
    ['12 MB', 'x'.repeat(12 * MB)],
    ['3.6 MB of escaped quotes', escapeHeavy(3.6 * MB)],
  ])('hands over %s while the same text is kept as the draft', async (_, rawBody) => {
    expect(await draftKeeper()(rawBody)).toBe(true);
    const id = await stashForViewer({ rawBody });
    expect(await takeFromStash(id)).toEqual({ rawBody });
    expect(await loadDraft()).toBe(rawBody);
  });

  it('rejects, so the page can say so, when the payload could not be stored', async () => {
    fake.idb.full = true;
    await expect(stashForViewer({ rawBody: '{"n": 1}' })).rejects.toThrow();
  });
});

describe('storage.local, where IndexedDB is refused', () => {
  it('keeps a text whose JSON fits, and refuses one whose escaping takes it over the limit', async () => {
    const store = localTextStore();
    const plain = 'x'.repeat(LOCAL_TEXT_LIMIT_BYTES - 100);
    expect(await store.set('draft', plain)).toBe(true);
    expect(await store.get('draft')).toBe(plain);
    const escaped = escapeHeavy(LOCAL_TEXT_LIMIT_BYTES * 0.8);
    expect(escaped.length).toBeLessThan(LOCAL_TEXT_LIMIT_BYTES);
    expect(await store.set('draft', escaped)).toBe(false);
  });

  it('resolves false rather than throw when the storage is full', async () => {
    const store = localTextStore();
    for (const n of [1, 2]) expect(await store.set(`t${n}`, 'x'.repeat(3.9 * MB))).toBe(true);
    expect(await store.set('t3', 'x'.repeat(3.9 * MB))).toBe(false);
    expect(await store.keys('t')).toEqual(['t1', 't2']);
  });

  it('is where the pages keep their texts when IndexedDB will not open', async () => {
    vi.resetModules();
    fake.openIdb.mockRejectedValueOnce(new DOMException('denied', 'InvalidStateError'));
    const fresh = await import('../../../src/browser/storage');
    expect(await fresh.draftKeeper()('{"status": "busy"}')).toBe(true);
    expect(fake.local.data.get('draft')).toBe('{"status": "busy"}');
    expect(await fresh.draftKeeper()('x'.repeat(5 * MB))).toBe(false);
    expect(fake.local.data.has('draft')).toBe(false);
  });
});
