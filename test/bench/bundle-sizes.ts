import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = {
  popup: 'src/popup/index.html',
  viewer: 'src/viewer/index.html',
  panel: 'src/panel/index.html',
  devtools: 'src/devtools/index.html',
};

/** Files a page loads: its scripts and stylesheets, and every chunk they import statically. */
function pageAssets(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.(?:js|css))["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return [...seen];
}

export function benchBundleSizes(dist = 'dist/chrome'): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`\nBundle sizes (${dist}, minified; what each page loads)`);
  console.log('page      JS raw    JS gzip   CSS raw   CSS gzip');
  for (const [name, html] of Object.entries(PAGES)) {
    const files = pageAssets(dist, html);
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
