import type { BinRequest } from '../../bins';
import { decode } from '../../model';
import type { DecodeResult } from '../../model/call-record';

export type DecodeRequest = (request: BinRequest) => DecodeResult;

/**
 * Decodes each captured body once: the row summary and the opened card share the result, and
 * "Load more" or Refresh do not decode the requests already shown again. A cache lives as long as
 * the view of one bin. Keyed by id, but only while the body is the same text: a plain JSON
 * document's ids are positions (`document`, `item-2`), so after a Refresh the same id can hold
 * another payload.
 */
export function createDecodeCache(): DecodeRequest {
  const results = new Map<string, { bodyText: string; result: DecodeResult }>();
  return (request) => {
    const cached = results.get(request.id);
    if (cached !== undefined && cached.bodyText === request.bodyText) return cached.result;
    const result = decode(request.bodyText);
    results.set(request.id, { bodyText: request.bodyText, result });
    return result;
  };
}
