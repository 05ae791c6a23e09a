/**
 * The part of EventSource that Hookline uses (src/bins/smee.ts), over Node's fetch, so unit tests
 * can read the fake bin server's smee-style stream: `event:` and `data:` lines, blank-line
 * separated (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 * No reconnection: a test that loses the stream sees `error`.
 */
import type { EventSourceLike } from '../../src/bins/smee';

type Listener = (event: { data?: unknown }) => void;

export function nodeEventSource(url: string): EventSourceLike {
  const listeners = new Map<string, Set<Listener>>();
  const controller = new AbortController();
  const emit = (type: string, data?: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data });
  };
  const dispatch = (block: string) => {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) emit(type, data.join('\n'));
  };
  void (async () => {
    try {
      const response = await fetch(url, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
      emit('open');
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
          dispatch(buffer.slice(0, at));
          buffer = buffer.slice(at + 2);
        }
      }
    } catch {
      if (!controller.signal.aborted) emit('error');
    }
  })();
  return {
    addEventListener: (type, listener) => {
      listeners.set(type, new Set([...(listeners.get(type) ?? []), listener]));
    },
    close: () => controller.abort(),
  };
}
