import { bland } from './bland';
import { elevenlabs } from './elevenlabs';
import { retell } from './retell';
import { vapi } from './vapi';
import type { VendorDecoder } from './vendor-decoder';

/** Every platform Hookline reads. One line each; detection asks all of them (see recognise). */
export const vendorDecoders: readonly VendorDecoder[] = [retell, vapi, bland, elevenlabs];

export type Recognised =
  | { kind: 'one'; decoder: VendorDecoder; score: number }
  | { kind: 'ambiguous'; decoders: VendorDecoder[]; score: number }
  | { kind: 'none' };

/**
 * Scores the value with every platform's recogniser and takes the single best. Two platforms
 * with the same best score are reported as ambiguous: a wrong guess would show a wrong outcome.
 */
export function recognise(
  value: unknown,
  decoders: readonly VendorDecoder[] = vendorDecoders,
): Recognised {
  let best: VendorDecoder[] = [];
  let bestScore = 0;
  for (const decoder of decoders) {
    const score = decoder.recognise(value);
    if (score > bestScore) {
      best = [decoder];
      bestScore = score;
    } else if (score === bestScore && score > 0) {
      best.push(decoder);
    }
  }
  if (best.length === 0) return { kind: 'none' };
  if (best.length === 1)
    return { kind: 'one', decoder: best[0] as VendorDecoder, score: bestScore };
  return { kind: 'ambiguous', decoders: best, score: bestScore };
}

export { SCORE, type VendorDecodeResult, type VendorDecoder } from './vendor-decoder';
