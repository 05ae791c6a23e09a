import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/**
 * Golden files: for each fixture, the decoded result as committed, readable JSON, so a change in
 * decoding shows up as a reviewable diff. `UPDATE_GOLDEN=1 npx vitest run --project unit` writes
 * them; without it a missing or different golden file fails the test.
 */

const ROOT = process.cwd();

/** The platform folders under test/fixtures (one per vendor, each with its fixtures). */
export function fixtureFolders(): string[] {
  return readdirSync(join(ROOT, 'test/fixtures'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

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
