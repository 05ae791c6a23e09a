import type { DecodeResult, FormatInfo } from '../call-record';

/**
 * One payload format. Adding a vendor means adding a file that exports one of these and listing
 * it in decoders/index.ts; no other decoder changes.
 */
export interface PayloadDecoder {
  format: FormatInfo;
  /** A cheap, shallow look at the top-level shape: is this value this format? */
  matches(value: unknown): boolean;
  /** Only called when `matches` said yes. Must not throw; problems carry what is off. */
  decode(value: unknown): Pick<DecodeResult, 'call' | 'problems' | 'facts'>;
}
