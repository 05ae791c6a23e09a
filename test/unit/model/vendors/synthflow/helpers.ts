import { expect } from 'vitest';
import type { CallRecord } from '../../../../../src/model/record';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import type { VendorDecodeResult } from '../../../../../src/model/vendors/vendor-decoder';
import { readFixture } from '../golden';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the payload freely to vary it.
type Payload = Record<string, any>;

export function fixture(name: string): Payload {
  return JSON.parse(readFixture('synthflow', name));
}

/** A fixture with some parts replaced, as a fresh object (the seed example by default). */
export function fixtureWith(
  change: (payload: Payload) => void,
  name = 'seed-example.json',
): Payload {
  const payload = fixture(name);
  change(payload);
  return payload;
}

export function decoded(payload: unknown): VendorDecodeResult {
  expect(synthflow.recognise(payload), 'recognised').toBeGreaterThan(0);
  return synthflow.decode(payload);
}

/** Decodes a payload and returns its call, failing the test when there is none. */
export function callOf(payload: unknown): CallRecord {
  const result = decoded(payload);
  expect(result.call, JSON.stringify(result.problems)).toBeDefined();
  return result.call as CallRecord;
}

export function warningsAt(result: VendorDecodeResult, path: string) {
  return result.problems.filter((p) => p.severity === 'warning' && p.path === path);
}
