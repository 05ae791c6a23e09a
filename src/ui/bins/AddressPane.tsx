import { useMemo } from 'preact/hooks';
import { type BinTarget, isBinRefusal, recogniseBinUrl } from '../../bins';
import { BinView } from './BinView';
import type { BinDeps } from './deps';

interface Props {
  /** What the user pasted where a payload goes, already judged to be an address. */
  address: string;
  deps: BinDeps;
  /** Called once per bin read successfully, so the page can remember it. */
  onOpened?: (target: BinTarget) => void;
  followNewest?: boolean;
  compact?: boolean;
}

/** A pasted address: the bin it names, or why it is not read (before any request is made). */
export function AddressPane({ address, deps, onOpened, followNewest, compact }: Props) {
  const target = useMemo(() => recogniseBinUrl(address), [address]);
  if (isBinRefusal(target)) {
    return (
      <p class="problem-line" role="alert" data-testid="bin-refused">
        {target.message}
      </p>
    );
  }
  return (
    <BinView
      target={target}
      deps={deps}
      followNewest={followNewest}
      compact={compact}
      onOpened={onOpened}
    />
  );
}
