import { loader } from '../common/lazy';

/** The decoding and card chunk (result/result-parts.ts), fetched once. */
export const loadResult = loader(() => import('../result/result-parts'));

export type ResultParts = Awaited<ReturnType<typeof loadResult>>;
