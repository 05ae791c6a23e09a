import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under dir, as relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

// The end-to-end tests drive dist/e2e-<target>; this proves they test what ships.
describe.each(['chrome', 'firefox'])('the e2e build for %s', (target) => {
  const shipped = `dist/${target}`;
  const e2e = `dist/e2e-${target}`;

  it('has the same files, byte for byte, except the manifest', () => {
    expect(files(e2e)).toEqual(files(shipped));
    for (const file of files(shipped).filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(join(e2e, file)).equals(readFileSync(join(shipped, file))), file).toBe(
        true,
      );
    }
  });

  it('differs from the shipped manifest only by the test host permissions', () => {
    const a = JSON.parse(readFileSync(join(shipped, 'manifest.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(e2e, 'manifest.json'), 'utf8'));
    expect(b).toEqual({ ...a, host_permissions: ['http://127.0.0.1/*', 'https://smee.io/*'] });
  });
});
