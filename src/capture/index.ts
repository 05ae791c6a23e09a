/**
 * Network capture for the DevTools panel: finds call payloads in the inspected page's traffic
 * (HAR entries from DevTools, or a fake source). Pure TypeScript: no DOM, no browser API.
 */

export { MAX_BODY_CHARS } from './body-rules';
export type { BodySource } from './captured-call';
export type { BodyContent, HarEntry, NetworkEntry, NetworkSource } from './har';
export { readHarEntry } from './har';
export { createManualNetworkSource, type ManualNetworkSource } from './manual-source';
export { type CaptureOptions, startCapture } from './session';
export {
  CAPTURE_LIMIT,
  type CaptureSnapshot,
  type CaptureStore,
  createCaptureStore,
} from './store';
