/**
 * The inspected page's traffic, from DevTools' network API, as a NetworkSource for the panel.
 *
 * The two browsers hand over entries differently:
 * - onRequestFinished: webextension-polyfill wraps Chrome's entry so getContent() returns a promise
 *   of [content, encoding] (and refuses a callback); Firefox's own getContent() returns a promise
 *   of [content, mimeType].
 * - getHAR: the polyfill has no metadata for it, so in Chrome it stays callback-only and its
 *   entries are raw DevTools objects whose getContent only takes a callback. Firefox returns a
 *   promise, and its entries have no getContent (some hold the body in response.content.text).
 */
import {
  type BodyContent,
  type NetworkEntry,
  type NetworkSource,
  readHarEntry,
} from '../capture/har';
import { browser } from './extension';

type Callback = (...args: unknown[]) => void;
type GetContent = (...args: unknown[]) => unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * Calls a DevTools function that either takes a callback (Chrome) or returns a promise (Firefox)
 * and resolves with what it gives: the promise's value, or `fromArgs` of the callback's arguments.
 */
function callEitherWay(
  call: (callback: Callback) => unknown,
  fromArgs: (args: unknown[]) => unknown,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      const result = call((...args) => resolve(fromArgs(args)));
      if (isThenable(result)) result.then(resolve, reject);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * A body in any of the shapes the browsers give it: Chrome calls back with (content, encoding)
 * but its promise form (what a live entry's getContent() returns in Chrome 156) resolves with
 * { content, encoding }; Firefox resolves with [content, mimeType].
 */
export function contentOf(value: unknown): BodyContent {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [value[0], value[1]];
  if (typeof value === 'object' && value !== null && 'content' in value) {
    const { content, encoding } = value as { content?: unknown; encoding?: unknown };
    return [
      typeof content === 'string' ? content : undefined,
      typeof encoding === 'string' ? encoding : undefined,
    ];
  }
  return [undefined];
}

function toEntry(
  raw: unknown,
  read: (getContent: GetContent) => Promise<unknown>,
): NetworkEntry | undefined {
  const entry = readHarEntry(raw);
  if (entry === undefined) return undefined;
  const getContent = (raw as { getContent?: unknown }).getContent;
  if (typeof getContent !== 'function') return entry;
  const bound = getContent.bind(raw) as GetContent;
  return { ...entry, getContent: async () => contentOf(await read(bound)) };
}

/** A live entry's getContent returns a promise (and the polyfill refuses a callback). */
function liveEntry(raw: unknown): NetworkEntry | undefined {
  return toEntry(raw, (getContent) => Promise.resolve(getContent()));
}

/** A backfilled entry in Chrome is a raw DevTools object whose getContent only calls back. */
function backfillEntry(raw: unknown): NetworkEntry | undefined {
  return toEntry(raw, (getContent) =>
    callEitherWay(
      (callback) => getContent(callback),
      (args) => args,
    ),
  );
}

function entriesOf(log: unknown): unknown[] {
  const entries = (log as { entries?: unknown } | null | undefined)?.entries;
  return Array.isArray(entries) ? entries : [];
}

/** DevTools' network API for the inspected page; only inside a DevTools panel. */
export function devtoolsNetworkSource(): NetworkSource {
  const network = browser.devtools.network;
  return {
    onRequestFinished(listener) {
      const onFinished = (raw: unknown) => {
        const entry = liveEntry(raw);
        if (entry !== undefined) listener(entry);
      };
      network.onRequestFinished.addListener(onFinished);
      return () => network.onRequestFinished.removeListener(onFinished);
    },
    async getHAR() {
      const getHAR = network.getHAR as (callback: Callback) => unknown;
      const log = await callEitherWay(
        (callback) => getHAR.call(network, callback),
        (args) => args[0],
      );
      return entriesOf(log)
        .map(backfillEntry)
        .filter((entry): entry is NetworkEntry => entry !== undefined);
    },
    onNavigated(listener) {
      const onNavigated = (url: string) => listener(url);
      network.onNavigated.addListener(onNavigated);
      return () => network.onNavigated.removeListener(onNavigated);
    },
  };
}
