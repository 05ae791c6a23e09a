import { decode } from '../../model';
import type { DecodeResult } from '../../model/call-record';
import type { Observation } from '../../model/observation';

const results = new WeakMap<Observation, DecodeResult>();

/**
 * What the card shows for an observation. The card still renders the v1 model while its v2
 * version is being built (helper "card"): until then the payload is decoded for it once per
 * observation, here, and never during a row's render. Goes when DecodedView takes
 * `observation.result`.
 */
export function cardResult(observation: Observation): DecodeResult {
  let result = results.get(observation);
  if (result === undefined) {
    result = decode(observation.rawBody);
    results.set(observation, result);
  }
  return result;
}
