import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CallDecodeResult } from '../../model/decode-call';
import { loadResult, type ResultParts } from './load-result';

export type Decoded = {
  /** Increments per decode, so a new payload gets a fresh card (search, progress) by key. */
  generation: number;
} & (
  | /** The text was taken as an address (a bin URL) rather than decoded. */ { address: string }
  | /** The decoded payload, and the loaded chunk that renders it. */ {
      result: CallDecodeResult;
      parts: ResultParts;
    }
  | /** The decoding chunk could not be loaded. */ { failed: true }
);

/**
 * Decodes text now or after a delay; a newer request replaces a pending one (also one still
 * waiting for the decoders' chunk). Blank text clears the result rather than reporting an empty
 * payload. Text that `isAddress` accepts is passed on as an address instead (the page opens it
 * as a bin).
 */
export function useDecoder(isAddress?: (text: string) => boolean) {
  const [decoded, setDecoded] = useState<Decoded>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const generation = useRef(0);

  const decodeNow = useCallback((text: string) => {
    clearTimeout(timer.current);
    const id = ++generation.current;
    if (text.trim() === '') {
      setDecoded(undefined);
      return;
    }
    if (isAddress?.(text)) {
      setDecoded({ address: text.trim(), generation: id });
      return;
    }
    const show = (parts: ResultParts) => {
      if (generation.current === id) {
        setDecoded({ result: parts.decodeCallText(text), parts, generation: id });
      }
    };
    if (loadResult.value) show(loadResult.value);
    else
      loadResult().then(show, () => {
        if (generation.current === id) setDecoded({ failed: true, generation: id });
      });
  }, []);

  const decodeLater = useCallback(
    (text: string, delayMs: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => decodeNow(text), delayMs);
    },
    [decodeNow],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { decoded, decodeNow, decodeLater };
}
