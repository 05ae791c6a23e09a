import { useMemo, useState } from 'preact/hooks';
import { stringifyJson } from '../../model/json/stringify';
import { ui } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { formatSize } from '../common/format-size';

/** Characters of pretty JSON shown before "Show all": multi-MB text in one node stalls layout. */
export const RAW_JSON_PREVIEW_CHARS = 200_000;

/** Pretty JSON without recursion: JSON.stringify overflows the stack on a 100,000-deep document. */
function pretty(json: unknown, limit?: number): string {
  return stringifyJson(json, { indent: 2, limit }) ?? '';
}

function RawJsonBody({ json }: { json: unknown }) {
  const [showAll, setShowAll] = useState(false);
  const text = useMemo(
    () => pretty(json, showAll ? undefined : RAW_JSON_PREVIEW_CHARS + 1),
    [json, showAll],
  );
  const capped = !showAll && text.length > RAW_JSON_PREVIEW_CHARS;
  return (
    <>
      <div class="raw-json__tools">
        <CopyButton
          label={ui.rawJson.copyName}
          text={ui.rawJson.copy}
          getText={() => pretty(json)}
        />
        {capped && (
          <>
            <span class="note">{ui.rawJson.truncated(formatSize(RAW_JSON_PREVIEW_CHARS))}</span>
            <button type="button" class="button button--small" onClick={() => setShowAll(true)}>
              {ui.rawJson.showAll}
            </button>
          </>
        )}
      </div>
      <pre class="raw-json__text" data-testid="raw-json-text">
        {capped ? text.slice(0, RAW_JSON_PREVIEW_CHARS) : text}
      </pre>
    </>
  );
}

/** The payload as sent (pretty-printed), closed by default and printed only when opened. */
export function RawJsonSection({ json }: { json: unknown }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="raw-json"
      data-testid="raw-json"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary class="raw-json__summary">{ui.rawJson.heading}</summary>
      {open && <RawJsonBody json={json} />}
    </details>
  );
}
