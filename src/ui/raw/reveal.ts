import { useEffect } from 'preact/hooks';

type Listener = (path: string) => void;

const listeners = new Set<Listener>();

/**
 * Shows the node at a JSON path (as childPath writes it, e.g. `call.transcript`) in the raw JSON
 * tree on the page: opens the raw view and the containers above it (and strings holding JSON on
 * the way), scrolls to its row and highlights it. False when no raw view is on the page.
 */
export function revealPath(path: string): boolean {
  for (const listener of listeners) listener(path);
  return listeners.size > 0;
}

/** Subscribes a raw view to revealPath while it is mounted. */
export function useRevealListener(listener: Listener): void {
  useEffect(() => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [listener]);
}
