import type { BinRequest } from '../../bins';
import { type CallDecodeResult, decodeCallText } from '../../model/decode-call';

export type DecodeRequest = (request: BinRequest) => CallDecodeResult;

/**
 * Decodes each captured body once: the row summary and the opened card share the result, and
 * "Load more" or Refresh do not decode the requests already shown again. Ids are unique within a
 * bin, and a cache lives as long as the view of one bin.
 */
export function createDecodeCache(): DecodeRequest {
  const results = new Map<string, CallDecodeResult>();
  return (request) => {
    let result = results.get(request.id);
    if (result === undefined) {
      result = decodeCallText(request.bodyText);
      results.set(request.id, result);
    }
    return result;
  };
}
