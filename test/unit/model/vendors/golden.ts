import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VendorId } from '../../../../src/model/record';
import type { VendorDecoder } from '../../../../src/model/vendors';
import { eventText, explainCode } from '../../../../src/strings/glossary/index';

/**
 * Golden files: for each fixture, the decoded result as committed, readable JSON, so a change in
 * decoding shows up as a reviewable diff. `UPDATE_GOLDEN=1 npx vitest run --project unit` writes
 * them; without it a missing or different golden file fails the test.
 */

const ROOT = process.cwd();

/** Fixture file names (*.json) under test/fixtures/<folder>. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(join(ROOT, 'test/fixtures', folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function readFixture(folder: string, name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', folder, name), 'utf8');
}

/** Stable, readable JSON: two-space indent, long strings kept whole. */
function render(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function expectGolden(goldenPath: string, value: unknown): void {
  const file = join(ROOT, goldenPath);
  const actual = render(value);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${goldenPath} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The golden suite of one platform: every fixture in its folder against its golden file. */
export function describeGolden(folder: string, decoder: VendorDecoder, title: string): void {
  describe(title, () => {
    for (const name of fixtureNames(folder)) {
      it(name, () => {
        const { format, call, problems, facts } = decoder.decode(
          JSON.parse(readFixture(folder, name)),
        );
        expectGolden(`test/fixtures/${folder}/golden/${name}`, { format, call, problems, facts });
      });
    }
  });
}

/** The vendor's glossary explains every code its decoder knows and names every event. */
export function describeGlossary(
  vendor: VendorId,
  knownCodes: Readonly<Record<string, readonly string[]>>,
  events: readonly string[],
  title: string,
): void {
  describe(title, () => {
    it('explains every code the decoder knows', () => {
      for (const [kind, codes] of Object.entries(knownCodes)) {
        for (const code of codes)
          expect(explainCode(vendor, kind, code).known, `${kind} ${code}`).toBe(true);
      }
    });

    it('names every event', () => {
      for (const event of events) {
        expect(eventText(vendor, event)?.description, event).toBeDefined();
      }
    });
  });
}
