import { MAX_BODY_CHARS, mayHoldJson, startsLikeJson } from './body-rules';
import {
  type BodySource,
  bodyKey,
  type CapturedCall,
  displayPath,
  entryKey,
  searchTextOf,
} from './captured-call';
import { findCalls } from './find-calls';
import type { BodyContent, NetworkEntry } from './har';

/** A body worth parsing, or one too large to look at. Other bodies are dropped quietly. */
export type ReadBody =
  | { source: BodySource; kind: 'text'; text: string }
  | { source: BodySource; kind: 'large' };

/** What one body held: call payloads, JSON without any, or nothing looked at (too large). */
export type BodyInspection =
  | { key: string; kind: 'calls'; calls: CapturedCall[] }
  | { key: string; kind: 'json-without-call' }
  | { key: string; kind: 'large' };

/** How long to wait for DevTools to hand over a response body before giving up on it. */
export const READ_TIMEOUT_MS = 10_000;

function candidate(source: BodySource, text: string | null | undefined): ReadBody | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.length > MAX_BODY_CHARS) return { source, kind: 'large' };
  return startsLikeJson(text) ? { source, kind: 'text', text } : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function responseContent(
  entry: NetworkEntry,
  timeoutMs: number,
): Promise<BodyContent | undefined> {
  const { text, encoding } = entry.response.content;
  if (typeof text === 'string') return [text, encoding];
  if (entry.getContent === undefined) return undefined;
  try {
    return await withTimeout(entry.getContent(), timeoutMs);
  } catch {
    // DevTools drops bodies of old or cancelled requests; such a body is simply not shown.
    return undefined;
  }
}

async function readResponse(entry: NetworkEntry, timeoutMs: number): Promise<ReadBody | undefined> {
  const { size, mimeType } = entry.response.content;
  // The HAR knows the size before the body is fetched: a huge body is never even read.
  if (size !== undefined && size > MAX_BODY_CHARS) return { source: 'response', kind: 'large' };
  if (!mayHoldJson(mimeType)) return undefined;
  const content = await responseContent(entry, timeoutMs);
  if (!Array.isArray(content) || content[1] === 'base64') return undefined;
  return candidate('response', content[0]);
}

/** Reads the request body and, when it may hold JSON, the response body. Never rejects. */
export async function readBodies(
  entry: NetworkEntry,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<ReadBody[]> {
  const request = candidate('request', entry.request.postData?.text);
  const response = await readResponse(entry, timeoutMs);
  return [request, response].filter((body): body is ReadBody => body !== undefined);
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    // JSON.parse rejects a leading byte order mark, which startsLikeJson let through.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return { ok: false };
  }
}

function startedMs(startedDateTime: string): number {
  const ms = Date.parse(startedDateTime);
  return Number.isFinite(ms) ? ms : Date.now();
}

/**
 * Decodes the bodies read from one entry. A generator that pauses between list items, so the
 * caller decides when to yield to the event loop.
 */
export function* inspectBodies(
  entry: NetworkEntry,
  bodies: readonly ReadBody[],
): Generator<void, BodyInspection[]> {
  const { method, url } = entry.request;
  const entryId = entryKey(entry.startedDateTime, method, url);
  const inspections: BodyInspection[] = [];
  for (const body of bodies) {
    const key = bodyKey(entryId, body.source);
    if (body.kind === 'large') {
      inspections.push({ key, kind: 'large' });
      continue;
    }
    yield;
    const parsed = parse(body.text);
    if (!parsed.ok) continue;
    const found = yield* findCalls(parsed.value, body.text);
    if (found.length === 0) {
      inspections.push({ key, kind: 'json-without-call' });
      continue;
    }
    const calls = found.map(({ index, result, text }) => ({
      id: `${key} ${index ?? ''}`,
      startedMs: startedMs(entry.startedDateTime),
      method,
      url,
      path: displayPath(url),
      source: body.source,
      ...(index !== undefined && { index }),
      result,
      text,
      searchText: searchTextOf(result, url),
    }));
    inspections.push({ key, kind: 'calls', calls });
  }
  return inspections;
}
