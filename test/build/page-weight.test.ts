import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGE_HTML, pageAssets } from '../support/page-assets';

/**
 * A page's first paint waits for every script it loads statically. The decoders, glossaries,
 * card, bins and capture code are fetched on use, so the popup opens as fast as a bare page:
 * before they were split off, the popup loaded 111 kB (gzip) of JS to show an empty paste box.
 */
const FIRST_PAINT_JS_GZIP_BUDGET = 40 * 1024;
/**
 * The DevTools page runs whenever DevTools opens, on any site, only to add the panel: it once
 * loaded the payload store (10.6 kB) through the module that names page paths.
 */
const DEVTOOLS_PAGE_JS_GZIP_BUDGET = 8 * 1024;

const gzipJs = (dist: string, files: string[]) =>
  files
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dist = `dist/${target}`;

  it.each(['popup', 'viewer', 'panel'] as const)(
    'paints the %s without loading the decoders, within the JS budget',
    (page) => {
      const first = pageAssets(dist, PAGE_HTML[page], false);
      const all = pageAssets(dist, PAGE_HTML[page], true);
      const code = (files: string[]) =>
        files
          .filter((file) => file.endsWith('.js'))
          .map((file) => readFileSync(join(dist, file), 'utf8'))
          .join('\n');
      // Vapi's end-reason family text: only the decoders' glossaries hold it.
      const glossaryText = 'pipeline-error-';
      expect(code(first)).not.toContain(glossaryText);
      expect(code(all)).toContain(glossaryText);
      expect(gzipJs(dist, first)).toBeLessThanOrEqual(FIRST_PAINT_JS_GZIP_BUDGET);
    },
  );

  it('adds the DevTools panel with only the little code that takes', () => {
    const all = pageAssets(dist, PAGE_HTML.devtools, true);
    expect(gzipJs(dist, all)).toBeLessThanOrEqual(DEVTOOLS_PAGE_JS_GZIP_BUDGET);
  });
});
