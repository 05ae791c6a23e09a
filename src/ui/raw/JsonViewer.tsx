import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NumbersAsSent } from '../../model/json/numbers-as-sent';
import {
  findRow,
  flattenJson,
  type NodeRef,
  rowPath,
  type TreeRow,
  TreeState,
} from '../../model/json/tree';
import { ui } from '../../strings';
import { useNumbersAsSent } from '../common/as-sent';
import { CopyButton } from '../common/CopyButton';
import { JsonText, printJson } from './JsonText';
import { JsonTree, rowAsSent, type ScrollRequest } from './JsonTree';
import './raw.css';

/** Typing pause before a filter runs: each run walks the whole document. */
const FILTER_DELAY_MS = 150;

export interface RevealRequest {
  path: string;
  /** Changes with every request, so revealing the same path twice works twice. */
  seq: number;
}

/** What "Copy value" copies: a string as it is, anything else as pretty JSON, numbers as sent. */
function valueText(rows: readonly TreeRow[], index: number, numbers?: NumbersAsSent): string {
  const row = rows[index];
  if (!row) return '';
  if (typeof row.value === 'string') return row.value;
  const asSent = rowAsSent(rows, index, numbers);
  if (asSent !== undefined) return asSent;
  return printJson(row.value, { numbers }) ?? printJson(row.value, { indent: 0, numbers }) ?? '';
}

/**
 * The raw JSON viewer: a foldable, filterable tree with syntax colours (or the document as
 * text), copying a value, its JSON path or the whole document, and strings holding JSON opened
 * in place. `reveal` opens the tree down to a path and highlights its row.
 */
export function JsonViewer({ json, reveal }: { json: unknown; reveal?: RevealRequest }) {
  const state = useMemo(() => new TreeState(), [json]);
  const numbers = useNumbersAsSent();
  const [version, setVersion] = useState(0);
  const [mode, setMode] = useState<'tree' | 'text'>('tree');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const [revealed, setRevealed] = useState(-1);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest>();
  const [note, setNote] = useState('');
  /** A revealed node to select once the rows of `version` (with its ancestors open) are built. */
  const pending = useRef<{ ref: NodeRef; version: number }>(undefined);
  const scrolls = useRef(0);

  // `version` changes when `state` changed inside.
  const { rows, matches } = useMemo(
    () => flattenJson(json, state, filter),
    [json, state, filter, version],
  );
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    const timer = setTimeout(() => setFilter(query), query ? FILTER_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);

  // A new filter or document starts at the top.
  useEffect(() => {
    setActive(0);
    setRevealed(-1);
  }, [filter, state]);

  useEffect(() => {
    if (!reveal) return;
    setMode('tree');
    setQuery('');
    setFilter('');
    const ref = state.openPath(json, reveal.path);
    pending.current = ref && { ref, version: version + 1 };
    refresh();
  }, [reveal, json, state]);

  useEffect(() => {
    const target = pending.current;
    if (!target || filter || version < target.version) return;
    pending.current = undefined;
    const index = findRow(rows, target.ref);
    if (index < 0) return;
    setActive(index);
    setRevealed(index);
    scrolls.current += 1;
    setScrollRequest({ index, seq: scrolls.current });
  }, [rows, filter, version]);

  const toggle = (index: number) => {
    const ok = state.toggle(rows, index);
    setNote(ok ? '' : ui.rawJson.notJson);
    if (ok) refresh();
  };
  const current = Math.min(active, rows.length - 1);
  const path = rowPath(rows, current);

  return (
    <div class="raw-view" data-testid="raw-view">
      <div class="raw-json__tools">
        <fieldset class="raw-view__modes">
          <legend class="sr-only">{ui.rawJson.views}</legend>
          {(['tree', 'text'] as const).map((each) => (
            <button
              key={each}
              type="button"
              class="button button--small"
              aria-pressed={mode === each}
              data-testid={`raw-mode-${each}`}
              onClick={() => setMode(each)}
            >
              {ui.rawJson[each]}
            </button>
          ))}
        </fieldset>
        {mode === 'tree' && (
          <>
            <button
              type="button"
              class="button button--small"
              data-testid="raw-expand-all"
              onClick={() => {
                state.expandAll();
                refresh();
              }}
            >
              {ui.rawJson.expandAll}
            </button>
            <button
              type="button"
              class="button button--small"
              data-testid="raw-collapse-all"
              onClick={() => {
                state.collapseAll();
                refresh();
              }}
            >
              {ui.rawJson.collapseAll}
            </button>
            <input
              type="search"
              class="raw-view__filter"
              aria-label={ui.rawJson.filter}
              placeholder={ui.rawJson.filterPlaceholder}
              value={query}
              data-testid="raw-filter"
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            {filter && (
              <span class="note" data-testid="raw-matches" aria-live="polite">
                {ui.rawJson.matches(matches)}
              </span>
            )}
          </>
        )}
        <CopyButton
          label={ui.rawJson.copyPrettyName}
          text={ui.rawJson.copyPretty}
          testId="raw-copy-pretty"
          getText={() => printJson(json, { numbers }) ?? ''}
        />
        <CopyButton
          label={ui.rawJson.copyMinifiedName}
          text={ui.rawJson.copyMinified}
          testId="raw-copy-minified"
          getText={() => printJson(json, { indent: 0, numbers }) ?? ''}
        />
      </div>
      {mode === 'text' ? (
        <JsonText json={json} numbers={numbers} />
      ) : (
        <>
          <JsonTree
            rows={rows}
            numbers={numbers}
            active={current}
            revealed={revealed}
            scrollRequest={scrollRequest}
            onSelect={setActive}
            onToggle={toggle}
          />
          <p class="raw-view__selected">
            <span class="raw-view__selected-label">{ui.rawJson.selected}</span>{' '}
            <code class="raw-view__path" data-testid="raw-path">
              {path || ui.rawJson.root}
            </code>
            <CopyButton
              label={ui.rawJson.copyValueName}
              text={ui.rawJson.copyValue}
              testId="raw-copy-value"
              getText={() => valueText(rows, current, numbers)}
            />
            <CopyButton
              label={ui.rawJson.copyPathName}
              text={ui.rawJson.copyPath}
              testId="raw-copy-path"
              getText={() => path}
            />
            {note && (
              <span class="note" role="status">
                {note}
              </span>
            )}
          </p>
        </>
      )}
    </div>
  );
}
