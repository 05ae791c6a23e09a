/** The dependencies a BinView takes, over the fake webhook.site, with answers set per test. */
import { vi } from 'vitest';
import { type BinTarget, isBinRefusal, recogniseBinUrl } from '../../../src/bins';
import type { Clock } from '../../../src/bins/bin-session';
import type { OpenEventSource } from '../../../src/bins/smee';
import type { BinDeps } from '../../../src/ui/bins/deps';
import { type fakeWebhookSite, PRIVATE_TOKEN } from './fake-webhook-site';

export const NOW = Date.UTC(2024, 3, 2, 9, 30, 0);

export function bin(address: string): BinTarget {
  const target = recogniseBinUrl(address);
  if (isBinRefusal(target)) throw new Error(target.message);
  return target;
}

export interface Setup {
  granted?: boolean;
  /** What the permission prompts answer, in turn. */
  answers?: boolean[];
  canRequest?: boolean;
  storedKey?: string;
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  openEventSource?: OpenEventSource;
}

export function makeDeps(site: ReturnType<typeof fakeWebhookSite>, setup: Setup = {}) {
  let granted = setup.granted ?? true;
  const answers = [...(setup.answers ?? [true])];
  const keys = new Map<string, string>();
  if (setup.storedKey) keys.set(PRIVATE_TOKEN, setup.storedKey);
  const deps = {
    fetch: setup.fetch ?? site.fetch,
    now: () => NOW,
    clock: setup.clock,
    openEventSource: setup.openEventSource,
    access: {
      canRequest: setup.canRequest ?? true,
      has: vi.fn(async () => granted),
      request: vi.fn((_origin: string) => {
        granted = answers.shift() ?? granted;
        return Promise.resolve(granted);
      }),
      openGrantPage: vi.fn(),
    },
    apiKeys: {
      get: vi.fn(async (token: string) => keys.get(token)),
      set: vi.fn(async (token: string, key: string) => {
        keys.set(token, key);
      }),
    },
  } satisfies BinDeps;
  return deps;
}
