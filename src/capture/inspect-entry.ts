import type { CallDecodeResult } from '../model/decode-call';
import { extractPayloads } from '../model/extract';
import { headerMap } from '../model/http/headers';
import { decodeCandidate, type Observation } from '../model/observation';
import { MAX_BODY_CHARS, mayHoldJson, startsLikeJson } from './body-rules';
import { type BodySource, bodyKey, entryKey } from './captured-call';
import type { BodyContent, NetworkEntry } from './har';

/** A body worth parsing, or one too large to look at. Other bodies are dropped quietly. */
export type ReadBody =
  | { source: BodySource; kind: 'text'; text: string }
  | { source: BodySource; kind: 'large' };

/** What one body held: call payloads, JSON without any, or nothing looked at (too large). */
export type BodyInspection =
  | { key: string; kind: 'calls'; calls: Observation[] }
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

/** A payload a platform claims (a call, or one of its other events), or one two platforms claim. */
function isCallPayload(result: CallDecodeResult): boolean {
  return result.format.vendor !== undefined || result.format.id === 'ambiguous';
}

/**
 * Extracts and decodes the payloads in the bodies read from one entry, as observations. A
 * generator that pauses between payloads, so the caller decides when to yield to the event loop.
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
    const calls: Observation[] = [];
    for (const candidate of extractPayloads(parsed.value, body.text)) {
      yield;
      const result = decodeCandidate(candidate);
      if (!isCallPayload(result)) continue;
      const deliveryId = candidate.record?.uuid;
      calls.push({
        id: `${key} ${candidate.path}`,
        source: 'capture',
        receivedAtMs: startedMs(entry.startedDateTime),
        // A webhook.site record keeps the webhook's own headers; a request body has the page's.
        request: {
          method,
          url,
          headers: candidate.record
            ? (headerMap(candidate.record.headers) ?? {})
            : body.source === 'request'
              ? (entry.request.headers ?? {})
              : {},
        },
        direction: body.source,
        rawBody: candidate.text,
        ...(candidate.path === '' ? {} : { payloadPath: candidate.path }),
        ...(typeof deliveryId === 'string' ? { deliveryId } : {}),
        result,
      });
    }
    inspections.push(
      calls.length === 0 ? { key, kind: 'json-without-call' } : { key, kind: 'calls', calls },
    );
  }
  return inspections;
}
