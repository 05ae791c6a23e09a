import { vi } from 'vitest';
import type { SchemeId, SecretStore } from '../../../../src/model/signatures';
import type { ReplayPort, ReplayRequest, ReplayResult } from '../../../../src/replay';

/** A secret store in memory, standing in for storage.session. */
export function memoryStore(
  initial: Partial<Record<SchemeId, string>> = {},
): SecretStore & { saved: Map<SchemeId, string> } {
  const saved = new Map(Object.entries(initial) as Array<[SchemeId, string]>);
  return {
    saved,
    get: async (scheme) => saved.get(scheme),
    set: async (scheme, secret) => {
      saved.set(scheme, secret);
    },
    forget: async (scheme) => {
      saved.delete(scheme);
    },
  };
}

export const OK_RESULT: ReplayResult = {
  kind: 'response',
  status: 200,
  statusText: 'OK',
  elapsedMs: 12,
  headers: [['content-type', 'application/json']],
  body: '{"ok":true}',
  truncated: false,
};

/**
 * A replay port that records what it was asked to send and answers `result`. It can ask for
 * access; a Firefox DevTools panel's cannot (set `canRequestAccess` to return false).
 */
export function fakePort(
  result: ReplayResult = OK_RESULT,
  targets: string[] = [],
): ReplayPort & { sent: ReplayRequest[]; targets: string[] } {
  const sent: ReplayRequest[] = [];
  const port = {
    sent,
    targets,
    requestAccess: vi.fn(async () => true),
    canRequestAccess: vi.fn(() => true),
    openInTab: vi.fn(async () => undefined),
    send: vi.fn(async (request: ReplayRequest) => {
      sent.push(request);
      return result;
    }),
    recentTargets: async () => [...port.targets],
    rememberTarget: async (url: string) => {
      port.targets = [url, ...port.targets.filter((t) => t !== url)];
      return [...port.targets];
    },
    forgetTarget: vi.fn(async (url: string) => {
      port.targets = port.targets.filter((t) => t !== url);
      return [...port.targets];
    }),
  };
  return port;
}
