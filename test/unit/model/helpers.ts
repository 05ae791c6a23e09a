import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type CallRecord, decodeCallText, decodeCallValue } from '../../../src/model';

export function fixtureText(name: string): string {
  // Vitest runs from the repository root; import.meta.url is not a file URL under happy-dom.
  return readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name));
}

/** The doc's example payload with some parts replaced, as a fresh object. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the payload freely to vary it.
export function seedWith(change: (payload: Record<string, any>) => void): Record<string, unknown> {
  const payload = fixtureJson('synthflow/seed-example.json');
  change(payload);
  return payload;
}

/** Decodes a payload and returns its call, failing the test when there is none. */
export function callOf(payload: unknown): CallRecord {
  const result = decodeCallValue(payload);
  expect(result.call, JSON.stringify(result.problems)).toBeDefined();
  return result.call as CallRecord;
}

export function callFromText(text: string): CallRecord {
  const result = decodeCallText(text);
  expect(result.call, JSON.stringify(result.problems)).toBeDefined();
  return result.call as CallRecord;
}
