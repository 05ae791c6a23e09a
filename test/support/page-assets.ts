import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each Hookline page's HTML in a build. */
export const PAGE_HTML = {
  popup: 'src/popup/index.html',
  viewer: 'src/viewer/index.html',
  panel: 'src/panel/index.html',
  devtools: 'src/devtools/index.html',
};

/**
 * Files a page loads: its scripts and stylesheets, and every chunk they import statically; with
 * `lazy`, also the chunks fetched on use (`import()`), i.e. all it can ever load.
 */
export function pageAssets(dist: string, htmlPath: string, lazy: boolean): string[] {
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
    if (lazy) {
      for (const m of code.matchAll(/import\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g)) {
        queue.push(`assets/${m[1]}`);
      }
      // Vite lists a lazy chunk's stylesheets (and chunks) as a dependency map beside import().
      for (const m of code.matchAll(/["'](assets\/[\w.-]+\.(?:js|css))["']/g)) queue.push(m[1]);
    }
  }
  return [...seen];
}
