import type { BinError } from '../../bins';
import { bins } from '../../strings';
import { ApiKeyForm } from './ApiKeyForm';

interface Props {
  error: BinError;
  /** When the error happened (epoch ms), to say when a rate-limited bin may be asked again. */
  atMs: number;
  onRetry: () => void;
  onSaveApiKey: (key: string) => void;
  /** Set where access cannot be asked for here (Firefox DevTools panel). */
  onOpenGrantPage?: () => void;
  origin: string;
}

const clockTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** A failed load in words, what to do about it, and Retry. */
export function BinErrorPanel({
  error,
  atMs,
  onRetry,
  onSaveApiKey,
  onOpenGrantPage,
  origin,
}: Props) {
  const retryAfter = error.kind === 'rate-limited' ? error.retryAfterSeconds : undefined;
  // Without host permission a cross-origin read fails like a dead connection.
  const mayLackAccess = error.kind === 'offline' && onOpenGrantPage !== undefined;
  return (
    <div class="bin-error" data-testid="bin-error">
      <p class="bin-error__message" role="alert">
        {error.message}
      </p>
      {retryAfter !== undefined && (
        <p class="note" data-testid="bin-retry-at">
          {bins.view.retryAt(clockTime.format(atMs + retryAfter * 1000))}
        </p>
      )}
      {mayLackAccess && (
        <p class="bin-error__access" data-testid="bin-grant-elsewhere">
          {bins.access.fromPopup(origin)}{' '}
          <button type="button" class="button button--small" onClick={onOpenGrantPage}>
            {bins.access.openPopup}
          </button>
        </p>
      )}
      {error.kind === 'private' && error.acceptsApiKey && <ApiKeyForm onSave={onSaveApiKey} />}
      <button type="button" class="button" onClick={onRetry} data-testid="bin-retry">
        {bins.view.retry}
      </button>
    </div>
  );
}
