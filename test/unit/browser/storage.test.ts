import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const local = {
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
  return { local, browser: { storage: { local } } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { DRAFT_LIMIT_CHARS, draftKeeper, HANDOFF_TTL_MS, loadDraft, stashForViewer, takeFromStash } =
  await import('../../../src/browser/storage');

beforeEach(() => {
  fake.local.data.clear();
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
    const id = await stashForViewer('{"status": "completed"}');
    expect(await takeFromStash(id)).toBe('{"status": "completed"}');
    expect(await takeFromStash(id)).toBeUndefined();
  });

  it('drops handoffs no viewer picked up in time, so they never fill the storage quota', async () => {
    const start = Date.UTC(2024, 2, 28, 9);
    await stashForViewer('first', start);
    const id = await stashForViewer('second', start + HANDOFF_TTL_MS);
    const handoffs = [...fake.local.data.keys()].filter((key) => key.startsWith('handoff:'));
    expect(handoffs).toEqual([`handoff:${id}`]);
  });

  it('keeps both payloads when "Open in tab" is clicked twice quickly', async () => {
    const first = await stashForViewer('{"n": 1}');
    const second = await stashForViewer('{"n": 2}');
    expect(await takeFromStash(second)).toBe('{"n": 2}');
    expect(await takeFromStash(first)).toBe('{"n": 1}');
  });
});
