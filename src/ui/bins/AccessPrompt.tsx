import { bins } from '../../strings';
import type { AccessState } from './use-live-bin';

interface Props {
  origin: string;
  state: Extract<AccessState, 'needed' | 'asking' | 'denied'>;
  /** Must call the permissions request before any await (see AccessControl.request). */
  onGrant: () => void;
}

/** Why Hookline needs to read the bin's site, and the one button that asks for it. */
export function AccessPrompt({ origin, state, onGrant }: Props) {
  const denied = state === 'denied';
  return (
    <div class={`bin-access${denied ? ' bin-access--denied' : ''}`} data-testid="bin-access">
      <p>{bins.access.why(origin)}</p>
      {denied && (
        <p class="bin-access__denied" role="alert" data-testid="bin-access-denied">
          {bins.access.denied(origin)}
        </p>
      )}
      <button
        type="button"
        class="button button--primary"
        onClick={onGrant}
        disabled={state === 'asking'}
        data-testid="bin-grant"
      >
        {denied ? bins.access.tryAgain : bins.access.grant}
      </button>
      {state === 'asking' && (
        <span class="note" role="status">
          {' '}
          {bins.access.asking}
        </span>
      )}
    </div>
  );
}
