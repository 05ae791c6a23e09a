import type { TreeRow } from '../../model/json/tree';
import { mayHoldJson } from '../../model/json/tree';
import { ui } from '../../strings';
import { AsSentMark } from '../common/as-sent';

/** Characters of a key or string drawn in a row; the whole value is one "Copy value" away. */
const SHOWN_CHARS = 300;
/** Levels indented; deeper rows line up with the last, so a 100,000-deep row stays on screen. */
const MAX_INDENT = 40;

interface Props {
  row: TreeRow;
  /** A number's source text, when JSON.parse could not keep it. */
  asSent?: string;
  id: string;
  active: boolean;
  revealed: boolean;
  onSelect: () => void;
  onToggle: () => void;
}

/** JSON text of untrusted text, cut to SHOWN_CHARS without splitting a surrogate pair. */
function quoted(text: string): string {
  if (text.length <= SHOWN_CHARS) return JSON.stringify(text);
  let cut = SHOWN_CHARS;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${JSON.stringify(text.slice(0, cut)).slice(0, -1)}…"`;
}

function KeyPart({ row }: { row: TreeRow }) {
  if (row.key === undefined) return <span class="raw-row__root">{ui.rawJson.root}</span>;
  if (typeof row.key === 'number') return <span class="raw-row__index">{row.key}</span>;
  return <span class="raw-row__key">{quoted(row.key).slice(1, -1)}</span>;
}

function ValuePart({ row, asSent, onToggle }: Pick<Props, 'row' | 'asSent' | 'onToggle'>) {
  switch (row.kind) {
    case 'object':
      return <span class="raw-row__size">{ui.rawJson.objectSize(row.size)}</span>;
    case 'array':
      return <span class="raw-row__size">{ui.rawJson.arraySize(row.size)}</span>;
    case 'string': {
      const text = row.value as string;
      if (row.embedded) {
        const size = Array.isArray(row.tree) ? ui.rawJson.arraySize : ui.rawJson.objectSize;
        return (
          <span class="raw-row__size">
            {size(row.size)} <span class="raw-row__note">{ui.rawJson.jsonInString}</span>
          </span>
        );
      }
      return (
        <>
          {mayHoldJson(text) && (
            <button
              type="button"
              class="raw-row__open-json"
              tabIndex={-1}
              title={ui.rawJson.openJsonName}
              aria-label={ui.rawJson.openJsonName}
              data-testid="raw-open-json"
              onClick={(event) => {
                event.stopPropagation();
                onToggle();
              }}
            >
              {ui.rawJson.openJson}
            </button>
          )}
          <span class="raw-row__string">{quoted(text)}</span>
        </>
      );
    }
    case 'number':
      if (asSent === undefined) return <span class="raw-row__number">{String(row.value)}</span>;
      return (
        <>
          <span class="raw-row__number">{asSent}</span> <AsSentMark source={asSent} />
        </>
      );
    case 'boolean':
    case 'null':
      return <span class="raw-row__literal">{String(row.value)}</span>;
    default:
      return null;
  }
}

/** One line of the tree: fold toggle, key, and the value (or a container's size). Text only. */
export function JsonRow({ row, asSent, id, active, revealed, onSelect, onToggle }: Props) {
  const foldable = row.tree !== undefined;
  return (
    // Keys go to the tree, which points at its active row with aria-activedescendant.
    // biome-ignore lint/a11y/useKeyWithClickEvents: JsonTree handles the keyboard for all rows
    <div
      id={id}
      role="treeitem"
      tabIndex={-1}
      aria-level={row.depth + 1}
      aria-expanded={foldable ? row.expanded : undefined}
      aria-selected={active}
      class={`raw-row${active ? ' raw-row--active' : ''}${revealed ? ' raw-row--revealed' : ''}${row.match ? ' raw-row--match' : ''}`}
      data-testid="raw-row"
      onClick={onSelect}
    >
      <span class="raw-row__indent" style={{ width: `${Math.min(row.depth, MAX_INDENT)}em` }} />
      {foldable ? (
        <button
          type="button"
          class="raw-row__toggle"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="raw-toggle"
          onClick={(event) => {
            event.stopPropagation();
            onSelect();
            onToggle();
          }}
        >
          {row.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span class="raw-row__toggle" />
      )}
      <KeyPart row={row} />
      <span class="raw-row__colon">: </span>
      <ValuePart row={row} asSent={asSent} onToggle={onToggle} />
    </div>
  );
}
