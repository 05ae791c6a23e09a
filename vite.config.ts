import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './src/build/target-manifest.ts';

// JSON imports widen string literals ("none" becomes string); crxjs's type wants the literal unions.
const manifest = sourceManifest as unknown as Exclude<
  ManifestV3Export,
  (...args: never[]) => unknown
>;

/**
 * `vite build --mode chrome|firefox` builds one target into dist/<target>.
 * `--mode e2e-chrome|e2e-firefox` builds the test-only variant (test host permissions: loopback, smee.io) into
 * dist/e2e-<target>; the shipped builds never carry it.
 */
function parseMode(mode: string): { target: Target; e2e: boolean } {
  const e2e = mode.startsWith('e2e-');
  const target = (e2e ? mode.slice(4) : mode) === 'firefox' ? 'firefox' : 'chrome';
  return { target, e2e };
}

const browserSpec = (name: string, include: string) => ({
  extends: true as const,
  test: {
    name,
    include: [include],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

export default defineConfig(({ mode, command }) => {
  const { target, e2e } = parseMode(mode);
  const isTest = mode === 'test';
  return {
    plugins: [
      preact(),
      ...(isTest
        ? []
        : [
            crx({
              manifest: manifestFor(manifest, target, { e2e }),
              browser: target,
            }),
          ]),
    ],
    build: {
      outDir: `dist/${e2e ? 'e2e-' : ''}${target}`,
      emptyOutDir: true,
      // The module preload polyfill is for old browsers; every target here has native support.
      modulePreload: { polyfill: false },
      target: 'es2022',
      rolldownOptions: {
        // crxjs bundles only pages the manifest names; the panel is opened from
        // devtools.panels.create() and the viewer from a link, so name them here.
        input: {
          panel: 'src/panel/index.html',
          viewer: 'src/viewer/index.html',
        },
        // Named vendor chunks: the web-ext lint allowlist (test/build) matches library warnings
        // by file, so a warning from our own code can never hide behind a library's. Build only:
        // crxjs's dev server bundles its loader with rollup, which has no such option.
        output:
          command === 'build'
            ? {
                codeSplitting: {
                  groups: [
                    { name: 'vendor-preact', test: /node_modules[\\/]preact[\\/]/ },
                    { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/ },
                    {
                      name: 'vendor-polyfill',
                      test: /node_modules[\\/]webextension-polyfill[\\/]/,
                    },
                  ],
                },
              }
            : {},
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.{ts,tsx}'],
            environment: 'happy-dom',
          },
        },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['test/build/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
          },
        },
        browserSpec('e2e-chromium', 'test/e2e/chromium/**/*.test.ts'),
        browserSpec('e2e-firefox', 'test/e2e/firefox/**/*.test.ts'),
        // The README's pictures: only on `npm run screenshots`, so `npm test` leaves the tree clean.
        browserSpec('screenshots', 'test/screenshots/**/*.test.ts'),
      ],
    },
  };
});
