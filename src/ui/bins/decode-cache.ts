import type { BinRequest } from '../../bins';
import { decode } from '../../model';
import type { DecodeResult } from '../../model/call-record';

export type DecodeRequest = (request: BinRequest) => DecodeResult;

/**
 * Decodes each captured body once: the row summary and the opened card share the result, and
 * "Load more" or Refresh do not decode the requests already shown again. Ids are unique within a
 * bin, and a cache lives as long as the view of one bin.
 */
export function createDecodeCache(): DecodeRequest {
  const results = new Map<string, DecodeResult>();
  return (request) => {
    let result = results.get(request.id);
    if (result === undefined) {
      result = decode(request.bodyText);
      results.set(request.id, result);
    }
    return result;
  };
}
