import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retell } from '../../../../../src/model/vendors/retell';
import {
  CALL_EVENTS,
  KNOWN_CODES,
  OTHER_EVENTS,
} from '../../../../../src/model/vendors/retell/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { fixtureNames, readFixture } from '../golden';

const fixtures = fixtureNames('retell').map((name) => JSON.parse(readFixture('retell', name)));

/** Replaces the value at one random path of a payload with an arbitrary JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const [head = 0, ...rest] = path;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const copy = [...value];
    const i = head % value.length;
    copy[i] = mutate(value[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[head % keys.length] as string;
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

describe('Retell decoding never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        retell.decode(value);
        retell.recognise(value);
      }),
    );
  });

  it('on fixtures with one value replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { maxLength: 5 }),
        fc.jsonValue(),
        (fixture, path, replacement) => {
          const result = retell.decode(mutate(fixture, path, replacement));
          expect(Array.isArray(result.problems)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Retell glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('retell', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it('names every event', () => {
    for (const event of [...CALL_EVENTS, ...OTHER_EVENTS]) {
      expect(eventText('retell', event)?.description, event).toBeDefined();
    }
  });
});
