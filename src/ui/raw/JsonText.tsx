import { useMemo, useState } from 'preact/hooks';
import type { NumbersAsSent } from '../../model/json/numbers-as-sent';
import type { PathSegment } from '../../model/json/path';
import { stringifyJson } from '../../model/json/stringify';
import { ui } from '../../strings';
import { formatSize } from '../common/format-size';

/** Characters of pretty JSON shown before "Show all": multi-MB text in one node stalls layout. */
export const RAW_JSON_PREVIEW_CHARS = 200_000;

/**
 * The document as pretty text, for reading straight through, selecting and the browser's find.
 * Only the first RAW_JSON_PREVIEW_CHARS are printed until asked: a 100,000-deep document would
 * print ~10^10 characters.
 */
export function JsonText({ json, numbers }: { json: unknown; numbers?: NumbersAsSent }) {
  const [showAll, setShowAll] = useState(false);
  const { text, capped, tooLarge } = useMemo(() => {
    const full = showAll ? printJson(json, { numbers }) : undefined;
    const shown = full ?? printJson(json, { numbers, limit: RAW_JSON_PREVIEW_CHARS + 1 }) ?? '';
    return {
      text: shown,
      capped: full === undefined && shown.length > RAW_JSON_PREVIEW_CHARS,
      tooLarge: showAll && full === undefined,
    };
  }, [json, numbers, showAll]);
  return (
    <>
      {capped && (
        <p class="raw-json__capped">
          <span class="note">{ui.rawJson.truncated(formatSize(RAW_JSON_PREVIEW_CHARS))}</span>{' '}
          {tooLarge ? (
            <span class="note">{ui.rawJson.tooLargeForText}</span>
          ) : (
            <button type="button" class="button button--small" onClick={() => setShowAll(true)}>
              {ui.rawJson.showAll}
            </button>
          )}
        </p>
      )}
      <pre class="raw-json__text" data-testid="raw-json-text">
        {capped ? text.slice(0, RAW_JSON_PREVIEW_CHARS) : text}
      </pre>
    </>
  );
}

export interface PrintOptions {
  /** Spaces per level: 2 unless 0 (minified) is asked for. */
  indent?: number;
  limit?: number;
  /** Numbers JSON.parse could not keep, printed as sent. */
  numbers?: NumbersAsSent;
}

/**
 * Pretty JSON, or undefined when it is longer than a string can be. With `numbers`, those
 * JSON.parse could not keep are printed as sent (`json` is then the document or a container in it).
 */
export function printJson(
  json: unknown,
  { indent = 2, limit, numbers }: PrintOptions = {},
): string | undefined {
  const root = typeof json === 'number' ? numbers?.at('') : undefined;
  if (root !== undefined) return root;
  const numberText = numbers && ((parent: object, key: PathSegment) => numbers.member(parent, key));
  try {
    return stringifyJson(json, { indent, limit, numberText }) ?? '';
  } catch {
    return undefined;
  }
}
