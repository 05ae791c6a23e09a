import { type BinTarget, isBinRefusal, recogniseBinUrl } from '../../../src/bins';

/** The bin an address names, for an address the test knows is accepted (its refusal otherwise). */
export function binTarget(address: string): BinTarget {
  const result = recogniseBinUrl(address);
  if (isBinRefusal(result)) throw new Error(`refused ${address}: ${result.message}`);
  return result;
}
