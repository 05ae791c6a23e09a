import type { RefObject } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { ui } from '../../strings';
import { formatSize } from '../common/format-size';

interface Props {
  text: string;
  /** The text is too large to edit comfortably and is kept out of the textarea. */
  held: boolean;
  /** `pasted`: the change came from a paste (a whole payload), so it can be decoded at once. */
  onType: (text: string, pasted: boolean) => void;
  /** A paste over the hold limit: the whole resulting text, not put in the textarea. */
  onLargePaste: (text: string) => void;
  /** Ctrl/Cmd+Enter, with the text as it is in the box right now. */
  onDecodeNow: (text: string) => void;
  onEditAnyway: () => void;
  onClear: () => void;
  holdChars: number;
  /** Held text over this is not offered for editing: the textarea would freeze the page. */
  editLimitChars: number;
  /** A card or a bin is shown below: one line, so it gets the room. */
  oneLine?: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/** The payload text box; a huge paste becomes a chip so typing never waits on a 10 MB textarea. */
export function PasteBox(props: Props) {
  const { text, held, onType, onLargePaste, onDecodeNow, onEditAnyway, onClear } = props;
  const hintId = useId();
  const pasting = useRef(false);
  if (held) {
    return (
      <div class="held" data-testid="held-paste">
        <span class="held__size">{ui.workbench.held(formatSize(text.length))}</span>
        <span class="note">{ui.workbench.heldNote}</span>
        {text.length <= props.editLimitChars ? (
          <button type="button" class="button button--small" onClick={onEditAnyway}>
            {ui.workbench.editAnyway}
          </button>
        ) : (
          <span class="note" data-testid="too-large-to-edit">
            {ui.workbench.tooLargeToEdit(formatSize(props.editLimitChars))}
          </span>
        )}
        <button type="button" class="button button--small" onClick={onClear}>
          {ui.workbench.clear}
        </button>
      </div>
    );
  }
  return (
    <>
      <textarea
        ref={props.textareaRef}
        class={props.oneLine ? 'paste-box paste-box--line' : 'paste-box'}
        rows={props.oneLine ? 1 : undefined}
        data-testid="paste-box"
        aria-label={ui.workbench.pasteLabel}
        aria-describedby={hintId}
        placeholder={ui.workbench.pastePlaceholder}
        spellcheck={false}
        autocomplete="off"
        value={text}
        onInput={(event) => {
          onType(event.currentTarget.value, pasting.current);
          pasting.current = false;
        }}
        onPaste={(event) => {
          const pasted = event.clipboardData?.getData('text/plain') ?? '';
          if (pasted.length <= props.holdChars) {
            // The browser inserts it next and fires input; that change is a paste.
            pasting.current = true;
            return;
          }
          event.preventDefault();
          const area = event.currentTarget;
          onLargePaste(
            area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd),
          );
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onDecodeNow(event.currentTarget.value);
          }
        }}
      />
      <p id={hintId} class="hint" hidden={props.oneLine}>
        {ui.workbench.pasteHint}
      </p>
    </>
  );
}
