import { lazyComponent, loader } from '../common/lazy';

/**
 * The capture view with its decoders, fetched when the panel shows it: the panel paints first.
 * Nothing is missed meanwhile, since a capture session starts from DevTools' HAR of the page.
 */
export const LazyCapturePanel = lazyComponent(
  loader(() => import('./CapturePanel')),
  (module) => module.CapturePanel,
);
