import type { TextMatch } from './text-search';

export interface HighlightState {
  pattern?: RegExp;
  current?: TextMatch;
}

/**
 * The transcript's search state, shared with its chunks without passing it as props: a query
 * change then re-renders only the chunks on screen (or showing marks), not all 10,000 turns.
 */
export class HighlightStore {
  state: HighlightState = {};
  private readonly listeners = new Set<() => void>();

  set(state: HighlightState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
