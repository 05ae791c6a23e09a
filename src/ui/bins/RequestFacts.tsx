import { useState } from 'preact/hooks';
import type { BinRequest } from '../../bins';
import { isSecretHeader, maskSecret } from '../../model/http/headers';
import { curlCommand } from '../../replay';
import { bins } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { formatSize } from '../common/format-size';
import { KeyValueRows } from '../common/KeyValueRows';
import { ReceivedAt } from './ReceivedAt';

const words = bins.view.request;

/** Every header as one row per value, in the order the bin recorded them. */
function headerRows(request: BinRequest): Array<[string, string]> {
  return Object.entries(request.headers ?? {}).flatMap(([name, value]) =>
    value === undefined
      ? []
      : (typeof value === 'string' ? [value] : value).map((v) => [name, v] as [string, string]),
  );
}

/** A header value; a secret one (credentials, signatures, cookies) masked until clicked. */
function HeaderValue(props: { name: string; value: string; shown: boolean; onToggle: () => void }) {
  const { name, value, shown, onToggle } = props;
  if (!isSecretHeader(name)) return <span class="bin-header__value">{value}</span>;
  return (
    <span class="bin-header__value">
      <span data-testid="bin-header-secret">{shown ? value : maskSecret(value)}</span>{' '}
      <button
        type="button"
        class="button button--small"
        aria-label={shown ? words.hideLabel(name) : words.showLabel(name)}
        aria-pressed={shown}
        onClick={onToggle}
        data-testid="bin-header-reveal"
      >
        {shown ? words.hide : words.show}
      </button>
    </span>
  );
}

/**
 * The HTTP request beside the call: method, the bin's own time, sender, query, type, size and
 * every header (secrets masked until clicked), and the request as a cURL command.
 */
export function RequestFacts({ request, zone }: { request: BinRequest; zone: string }) {
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const rows = headerRows(request);
  const toggle = (name: string) => {
    const next = new Set(shown);
    if (!next.delete(name)) next.add(name);
    setShown(next);
  };
  const facts: Array<readonly [string, unknown]> = [
    [words.method, request.method],
    [words.ip, request.ip],
    [words.query, request.query && new URLSearchParams(request.query).toString()],
    [words.contentType, request.contentType],
    [words.size, request.size === undefined ? undefined : formatSize(request.size)],
  ];
  const curl = () => {
    const headers: Record<string, string> = {};
    for (const [name, value] of rows) {
      // Masked here unless shown, so curlCommand's own masking is not needed.
      headers[name] = isSecretHeader(name) && !shown.has(name) ? maskSecret(value) : value;
    }
    const url = request.url ?? request.siteUrl ?? '';
    return curlCommand(
      { method: request.method ?? 'POST', url, headers, body: request.bodyText },
      true,
    );
  };
  return (
    <details class="bin-facts" data-testid="bin-request-facts">
      <summary class="bin-facts__summary">
        <span class="bin-facts__heading">{words.heading}</span>
        {request.method && <span class="bin-row__method">{request.method}</span>}
        {request.receivedAtMs !== undefined && <ReceivedAt ms={request.receivedAtMs} zone={zone} />}
        {request.ip && <span>{words.from(request.ip)}</span>}
        <span>{words.headers(rows.length)}</span>
      </summary>
      <KeyValueRows
        entries={[
          ...facts.filter(([, value]) => value !== undefined && value !== ''),
          ...(request.receivedAtMs === undefined
            ? []
            : [[words.receivedAt, new Date(request.receivedAtMs).toISOString()] as const]),
        ]}
      />
      <h4 class="bin-facts__title">{words.headers(rows.length)}</h4>
      {rows.length === 0 ? (
        <p class="note">{words.noHeaders}</p>
      ) : (
        <table class="bin-headers" data-testid="bin-headers">
          <tbody>
            {rows.map(([name, value], index) => (
              <tr key={`${name}#${index}`}>
                <th scope="row" class="bin-header__name">
                  {name}
                </th>
                <td>
                  <HeaderValue
                    name={name}
                    value={value}
                    shown={shown.has(name)}
                    onToggle={() => toggle(name)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CopyButton
        label={words.copyCurlLabel}
        text={words.copyCurl}
        getText={curl}
        testId="bin-copy-curl"
      />
    </details>
  );
}
