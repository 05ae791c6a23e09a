import type { BinPageResult } from '../../../src/bins';

/** The page of a result that must have succeeded (the error's message otherwise). */
export function okPage(result: BinPageResult) {
  if (!result.ok)
    throw new Error(`expected a page, got ${result.error.kind}: ${result.error.message}`);
  return result;
}

/** The error of a result that must have failed. */
export function failure(result: BinPageResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}
