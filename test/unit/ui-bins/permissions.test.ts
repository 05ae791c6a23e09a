import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

const fake = vi.hoisted(() => {
  const state = {
    manifestHostPermissions: [] as string[],
    granted: [] as string[],
  };
  const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((o) => state.granted.includes(o)),
    ),
    request: vi.fn(async (_: { origins: string[] }) => true),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      state.granted = state.granted.filter((o) => !origins.includes(o));
      return true;
    }),
    getAll: vi.fn(async () => ({ origins: [...state.granted], permissions: ['storage'] })),
    onAdded: {
      addListener: (l: () => void) => listeners.added.add(l),
      removeListener: (l: () => void) => listeners.added.delete(l),
    },
    onRemoved: {
      addListener: (l: () => void) => listeners.removed.add(l),
      removeListener: (l: () => void) => listeners.removed.delete(l),
    },
  };
  const browser: { permissions?: typeof permissions; runtime: unknown } = {
    permissions,
    runtime: { getManifest: () => ({ host_permissions: state.manifestHostPermissions }) },
  };
  return { state, listeners, permissions, browser };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const {
  canRequestPermissions,
  grantedOrigins,
  hasOrigin,
  originPattern,
  requestOrigin,
  revokeOrigin,
  watchGrantedOrigins,
} = await import('../../../src/browser/permissions');

beforeEach(() => {
  fake.browser.permissions = fake.permissions;
  fake.state.granted = [];
  fake.state.manifestHostPermissions = [];
  vi.clearAllMocks();
});

afterEach(() => {
  fake.browser.permissions = fake.permissions;
});

describe('requestOrigin', () => {
  it('asks for exactly the one origin, at once (inside the click that called it)', async () => {
    const answer = requestOrigin('https://webhook.site');
    expect(fake.permissions.request).toHaveBeenCalledTimes(1);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://webhook.site/*'] });
    expect(await answer).toBe(true);
  });

  it('asks for a host without its port, which Firefox match patterns cannot carry', () => {
    void requestOrigin('http://127.0.0.1:43817');
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('resolves false when the user says no or the browser refuses the pattern', async () => {
    fake.permissions.request.mockResolvedValueOnce(false);
    expect(await requestOrigin('https://webhook.site')).toBe(false);
    fake.permissions.request.mockRejectedValueOnce(new Error('Invalid host permission'));
    expect(await requestOrigin('https://webhook.site')).toBe(false);
  });
});

describe('without a permissions API (Firefox DevTools panel)', () => {
  it('says it cannot ask, and answers every call without throwing', async () => {
    fake.browser.permissions = undefined;
    expect(canRequestPermissions()).toBe(false);
    expect(await requestOrigin('https://webhook.site')).toBe(false);
    expect(await hasOrigin('https://webhook.site')).toBe(false);
    expect(await grantedOrigins()).toEqual([]);
    expect(await revokeOrigin('https://webhook.site')).toBe(false);
    expect(() => watchGrantedOrigins(() => undefined)()).not.toThrow();
  });
});

describe('granted origins', () => {
  it('checks one origin by its pattern', async () => {
    fake.state.granted = ['https://webhook.site/*'];
    expect(canRequestPermissions()).toBe(true);
    expect(await hasOrigin('https://webhook.site')).toBe(true);
    expect(await hasOrigin('https://api.play.svix.com')).toBe(false);
  });

  it('lists what the user granted, leaving out what the manifest grants at install', async () => {
    fake.state.manifestHostPermissions = ['http://127.0.0.1/*'];
    fake.state.granted = [
      'http://127.0.0.1/*',
      'https://webhook.site/*',
      'https://api.play.svix.com/*',
    ];
    expect(await grantedOrigins()).toEqual(['https://webhook.site', 'https://api.play.svix.com']);
  });

  it('revokes one origin by the same pattern it was granted with', async () => {
    fake.state.granted = ['https://webhook.site/*', 'https://api.play.svix.com/*'];
    expect(await revokeOrigin('https://webhook.site')).toBe(true);
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['https://webhook.site/*'] });
    expect(await grantedOrigins()).toEqual(['https://api.play.svix.com']);
  });

  it('tells a page when grants change, until it stops listening', () => {
    const onChange = vi.fn();
    const stop = watchGrantedOrigins(onChange);
    for (const listener of [...fake.listeners.added, ...fake.listeners.removed]) {
      (listener as Listener)();
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    expect(fake.listeners.added.size + fake.listeners.removed.size).toBe(0);
  });

  it('writes patterns as scheme, host and a wildcard path', () => {
    expect(originPattern('https://Example.COM:8443')).toBe('https://example.com/*');
  });
});
