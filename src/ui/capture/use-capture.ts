import { useEffect, useState } from 'preact/hooks';
import {
  type CaptureOptions,
  type CaptureSnapshot,
  type CaptureStore,
  createCaptureStore,
  type NetworkSource,
  startCapture,
} from '../../capture';

/** Captures from `source` while the component is mounted; re-renders on every change. */
export function useCapture(
  source: NetworkSource,
  options?: CaptureOptions,
): { snapshot: CaptureSnapshot; store: CaptureStore } {
  const [store] = useState(createCaptureStore);
  const [snapshot, setSnapshot] = useState(store.snapshot);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setSnapshot(store.snapshot()));
    const stop = startCapture(source, store, options);
    return () => {
      stop();
      unsubscribe();
    };
  }, [source, store]);
  return { snapshot, store };
}
