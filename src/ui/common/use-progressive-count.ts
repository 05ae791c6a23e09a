import { useCallback, useEffect, useState } from 'preact/hooks';
import { scheduleIdle } from '../common/schedule-idle';

/**
 * How many of `total` items to render: `first` at once, then `step` more per idle slot, so a
 * 10,000-turn call paints its first screen fast and fills in the rest without freezing.
 * `reveal(n)` renders at least the first n items now (to jump to a search hit further down).
 */
export function useProgressiveCount(
  total: number,
  first: number,
  step: number,
): [shown: number, reveal: (n: number) => void] {
  const [shown, setShown] = useState(() => Math.min(total, first));

  useEffect(() => {
    if (shown >= total) return;
    return scheduleIdle(() => setShown((current) => Math.min(total, current + step)));
  }, [shown, total, step]);

  const reveal = useCallback(
    (n: number) =>
      setShown((current) => Math.max(current, Math.min(total, Math.ceil(n / step) * step))),
    [total, step],
  );
  return [shown, reveal];
}
