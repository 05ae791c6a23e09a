import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  function area() {
    const data = new Map<string, unknown>();
    return {
      data,
      get: vi.fn(async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
      }),
      remove: vi.fn(async (key: string) => {
        data.delete(key);
      }),
    };
  }
  const storage: {
    local: ReturnType<typeof area>;
    sync: ReturnType<typeof area>;
    session?: ReturnType<typeof area>;
  } = { local: area(), sync: area(), session: area() };
  return { area, storage, browser: { storage } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { forgetBin, getApiKey, recentBins, rememberBin, RECENT_BINS_LIMIT, setApiKey } =
  await import('../../../src/browser/bin-storage');

const TOKEN = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const KEY = 'whs-secret-key-5f2c';

function target(n: number) {
  return {
    kind: 'webhook-site' as const,
    url: `https://webhook.site/${n}`,
    label: `webhook.site bin ${n}…`,
  };
}

beforeEach(() => {
  fake.storage.local = fake.area();
  fake.storage.sync = fake.area();
  fake.storage.session = fake.area();
});

describe('recent bins', () => {
  it('keeps the bins opened, newest first', async () => {
    await rememberBin(target(1), 1000);
    await rememberBin(target(2), 2000);
    expect((await recentBins()).map((bin) => bin.url)).toEqual([
      'https://webhook.site/2',
      'https://webhook.site/1',
    ]);
  });

  it('moves a bin opened again to the front instead of listing it twice', async () => {
    await rememberBin(target(1), 1000);
    await rememberBin(target(2), 2000);
    const list = await rememberBin(target(1), 3000);
    expect(list.map((bin) => bin.url)).toEqual([
      'https://webhook.site/1',
      'https://webhook.site/2',
    ]);
    expect(list[0]?.usedAtMs).toBe(3000);
  });

  it('keeps only the last ten', async () => {
    for (let n = 0; n < 12; n++) await rememberBin(target(n), n);
    const list = await recentBins();
    expect(list).toHaveLength(RECENT_BINS_LIMIT);
    expect(list[0]?.url).toBe('https://webhook.site/11');
    expect(list.at(-1)?.url).toBe('https://webhook.site/2');
  });

  it('forgets one bin', async () => {
    await rememberBin(target(1), 1000);
    await rememberBin(target(2), 2000);
    expect((await forgetBin('https://webhook.site/2')).map((bin) => bin.url)).toEqual([
      'https://webhook.site/1',
    ]);
    expect(await recentBins()).toHaveLength(1);
  });

  it('ignores stored entries it does not recognise', async () => {
    fake.storage.local.data.set('recentBins', [
      { url: 'https://webhook.site/1', label: 'ok', kind: 'webhook-site', usedAtMs: 1 },
      { url: 42 },
      'junk',
      { url: 'https://x', label: 'bad kind', kind: 'ftp', usedAtMs: 1 },
    ]);
    expect((await recentBins()).map((bin) => bin.label)).toEqual(['ok']);
  });
});

describe('API keys', () => {
  it('keeps a key in session storage only, never in local or sync storage, and never logs it', async () => {
    const logged = ['log', 'info', 'warn', 'error', 'debug'].map((level) =>
      vi.spyOn(console, level as 'log'),
    );
    await setApiKey(TOKEN, KEY);
    expect(await getApiKey(TOKEN)).toBe(KEY);
    expect([...(fake.storage.session?.data.values() ?? [])]).toEqual([KEY]);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect(fake.storage.sync.set).not.toHaveBeenCalled();
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it('has no key for a bin that was never given one', async () => {
    expect(await getApiKey(TOKEN)).toBeUndefined();
  });

  it('holds the key in the page’s memory where session storage is missing, not in local storage', async () => {
    fake.storage.session = undefined;
    await setApiKey(TOKEN, KEY);
    expect(await getApiKey(TOKEN)).toBe(KEY);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
  });
});
