import { useId } from 'preact/hooks';
import { bins } from '../../strings';

interface Props {
  /** Origins such as "https://webhook.site". */
  list: readonly string[];
  onRevoke: (origin: string) => void;
}

/** The sites the user let Hookline read, each revocable. */
export function GrantedOrigins({ list, onRevoke }: Props) {
  const headingId = useId();
  return (
    <section class="bin-shelf" aria-labelledby={headingId} data-testid="granted-origins">
      <h2 id={headingId} class="bin-shelf__title">
        {bins.granted.heading}
      </h2>
      {list.length === 0 ? (
        <p class="empty-note">{bins.granted.empty}</p>
      ) : (
        <ul class="bin-shelf__list">
          {list.map((origin) => (
            <li key={origin} class="bin-shelf__item" data-testid="granted-origin">
              <span class="bin-shelf__origin">{origin}</span>
              <button
                type="button"
                class="button button--small"
                aria-label={bins.granted.revokeLabel(origin)}
                onClick={() => onRevoke(origin)}
              >
                {bins.granted.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
