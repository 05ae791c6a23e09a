import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type CallDecodeResult, decodeCallText } from '../../model/decode-call';

export interface Decoded {
  /** Set when the text was taken as an address (a bin URL) rather than decoded. */
  address?: string;
  result?: CallDecodeResult;
  /** Increments per decode, so a new payload gets a fresh card (search, progress) by key. */
  generation: number;
}

/**
 * Decodes text now or after a delay; a newer request replaces a pending one.
 * Blank text clears the result rather than reporting an empty payload. Text that `isAddress`
 * accepts is passed on as an address instead (the page opens it as a bin).
 */
export function useDecoder(isAddress?: (text: string) => boolean) {
  const [decoded, setDecoded] = useState<Decoded>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const generation = useRef(0);

  const decodeNow = useCallback((text: string) => {
    clearTimeout(timer.current);
    if (text.trim() === '') {
      setDecoded(undefined);
      return;
    }
    generation.current++;
    setDecoded(
      isAddress?.(text)
        ? { address: text.trim(), generation: generation.current }
        : { result: decodeCallText(text), generation: generation.current },
    );
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
