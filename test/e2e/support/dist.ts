import { resolve } from 'node:path';

/** The test-only builds (`npm run build:e2e`): the shipped ones plus the test host permissions. */
export const E2E_DIST = {
  chrome: resolve('dist/e2e-chrome'),
  firefox: resolve('dist/e2e-firefox'),
};

/** Extension pages, as laid out under dist/<target>/ (the source layout). */
export const PAGE = {
  popup: 'src/popup/index.html',
  viewer: 'src/viewer/index.html',
  panel: 'src/panel/index.html',
} as const;
