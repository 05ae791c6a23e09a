import { type CallDecodeResult, decodeCallText } from '../model/decode-call';
import type { Observation } from '../model/observation';
import { bins } from '../strings/bins';
import type { BinRequest } from './types';

/** A request the size cap kept out: nothing to decode, its row says why. */
function tooLargeResult({
  bytes,
  maxBytes,
}: NonNullable<BinRequest['tooLarge']>): CallDecodeResult {
  const label = bins.view.tooLarge.row(bytes, maxBytes);
  const description = bins.view.tooLarge.detail(bytes, maxBytes);
  return { format: { id: 'too-large', label, description }, problems: [] };
}

/** A bin's request as an observation: decoded here, once, when it is first listed. */
export function observeBinRequest(request: BinRequest): Observation {
  const { method, url, contentType, ip, query, size, tooLarge } = request;
  // A stand-in's time is a neighbour's, there to sort it in place: not one to show.
  const receivedAtMs = tooLarge === undefined ? request.receivedAtMs : undefined;
  return {
    id: request.id,
    source: 'bin',
    ...(receivedAtMs === undefined ? {} : { receivedAtMs }),
    request: { method, url, contentType, headers: request.headers ?? {}, ip, query, size },
    rawBody: request.bodyText,
    ...(request.payloadPath === undefined ? {} : { payloadPath: request.payloadPath }),
    ...(request.siteUrl === undefined ? {} : { siteUrl: request.siteUrl }),
    result: tooLarge === undefined ? decodeCallText(request.bodyText) : tooLargeResult(tooLarge),
  };
}

/**
 * Observes each request of a bin once: "Load more", a Refresh and every poll hand back requests
 * already listed, which keep their observation (and so their row). A request whose body changed
 * under the same id (a JSON document edited between two reads) is observed afresh.
 */
export function createBinObserver(): (request: BinRequest) => Observation {
  const seen = new Map<string, Observation>();
  return (request) => {
    const known = seen.get(request.id);
    if (known !== undefined && known.rawBody === request.bodyText) return known;
    const observation = observeBinRequest(request);
    seen.set(request.id, observation);
    return observation;
  };
}
