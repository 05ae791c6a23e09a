import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_HTML, pageAssets } from '../support/page-assets';

export function benchBundleSizes(dist = 'dist/chrome'): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `\nBundle sizes (${dist}, minified): what each page loads to paint; "+": with all it fetches on use`,
  );
  console.log('page      JS raw    JS gzip   CSS raw   CSS gzip');
  for (const [name, html, lazy] of Object.entries(PAGE_HTML).flatMap(([page, path]) => [
    [page, path, false] as const,
    [`${page}+`, path, true] as const,
  ])) {
    const files = pageAssets(dist, html, lazy);
    const sum = (ext: string, gz: boolean) =>
      files
        .filter((f) => f.endsWith(ext))
        .map((f) => readFileSync(join(dist, f)))
        .reduce((n, buf) => n + (gz ? gzipSync(buf, { level: 9 }).length : buf.length), 0);
    console.log(
      [
        name.padEnd(9),
        ...[sum('.js', false), sum('.js', true), sum('.css', false), sum('.css', true)].map((n) =>
          kb(n).padStart(9),
        ),
      ].join(' '),
    );
  }
}
