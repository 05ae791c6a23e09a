import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ui } from '../../strings';

/**
 * A code chunk fetched on first use and kept. Pages load only what their first screen needs and
 * fetch the rest when it is used (or when idle), so the popup opens as fast as a bare page.
 */
export interface Loader<T> {
  (): Promise<T>;
  /** The module once loaded, so a render after that needs no extra frame. */
  readonly value: T | undefined;
}

export function loader<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const get = () => {
    pending ??= load().then(
      (loaded) => {
        value = loaded;
        return loaded;
      },
      (error: unknown) => {
        // A failed fetch is retried on next use rather than remembered.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return Object.defineProperty(get, 'value', { get: () => value }) as Loader<T>;
}

/** The loaded module, or undefined until it is (or `failed` if it could not be loaded). */
function useLoaded<T>(load: Loader<T>): T | undefined | 'failed' {
  const [state, setState] = useState<{ value?: T; failed?: boolean }>({ value: load.value });
  useEffect(() => {
    if (state.value !== undefined) return;
    let live = true;
    load().then(
      (value) => live && setState({ value }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state.failed ? 'failed' : state.value;
}

/** A component from a chunk loaded on first render: nothing until then, a message on failure. */
export function lazyComponent<M, P>(
  load: Loader<M>,
  pick: (loaded: M) => ComponentType<P>,
): FunctionComponent<P> {
  return (props) => {
    const loaded = useLoaded(load);
    if (loaded === 'failed') {
      return (
        <p class="note" role="alert">
          {ui.lazyFailed}
        </p>
      );
    }
    if (loaded === undefined) return null;
    const Loaded = pick(loaded) as ComponentType<Record<string, unknown>>;
    return <Loaded {...(props as Record<string, unknown>)} />;
  };
}
