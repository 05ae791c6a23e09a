import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HandedPayload } from '../../model/observation';
import { ui } from '../../strings';
import { formatSize } from '../common/format-size';
import { scheduleIdle } from '../common/schedule-idle';
import { exampleText } from '../example';
import '../theme.css';
import { loadResult } from './load-result';
import { PasteBox } from './PasteBox';
import { readTextFile } from './read-text-file';
import { useDecoder } from './use-decoder';
import { useFileDrop } from './use-file-drop';
import './workbench.css';

/**
 * Text above this many characters stays out of the textarea: a paste that large, or typed or
 * dropped text that grows past it, is held; only "Edit anyway" puts it in the box. Typing in a
 * multi-MB textarea lags, 20 MB in one freezes the page for seconds, and laying out even 100 KB
 * cost Chromium ~160 ms (trace: the paste's input event 94 ms, layout 69 ms), as long as its own
 * JSON viewer takes to show the whole payload.
 */
export const HOLD_CHARS = 64 * 1024;
/**
 * "Edit anyway" is offered up to this size. Putting text in a textarea costs a layout the page
 * cannot interrupt: in Chromium about 0.1 s at 0.25 MB, 1 s at 5 MB, 3.3 s at 10 MB and up to
 * 11 s at 21 MB, measured here; over 2 MB the page would freeze for longer than a user waits.
 */
export const EDIT_LIMIT_CHARS = 2 * 1024 * 1024;
/** Decode this long after the last keystroke. */
export const DECODE_DELAY_MS = 150;
/** Files above this are not read at all: far beyond any call payload, and would exhaust memory. */
export const FILE_LIMIT_BYTES = 64 * 1024 * 1024;

export interface WorkbenchProps {
  /** Text to start with (the page restores the last payload). Read on mount only: to load
   * another payload later, re-key the Workbench. */
  initialText?: string;
  /**
   * The request the initial text came in (a capture or a bin request handed over to this tab):
   * its headers let the signature check and Send work as they did where it came from. They
   * belong to that exact body, so they apply only while the text is unchanged.
   */
  initialRequest?: HandedPayload['request'];
  /**
   * Called on every change of the payload text, so the page can keep it. When it resolves false
   * the text could not be kept, and the page says closing it would lose the text.
   */
  onTextChange?: (text: string) => Promise<boolean> | undefined;
  /** When given, an "Open in tab" button hands the current text to it. */
  onOpenInTab?: (text: string) => void | Promise<void>;
  layout?: 'popup' | 'wide';
  /** Extra content above the paste box (e.g. a bin URL box). */
  header?: ComponentChildren;
  /** Extra content beside the result (e.g. a list of captured requests). */
  aside?: ComponentChildren;
  /**
   * When given, text it accepts as an address (`isAddress`) is shown with `render` instead of
   * being decoded as JSON: the popup, viewer and panel open a pasted bin URL this way.
   */
  address?: {
    isAddress: (text: string) => boolean;
    render: (address: string) => ComponentChildren;
  };
  /** Shown under the empty state; `open` puts text in the box as if pasted (e.g. a recent bin). */
  renderEmpty?: (open: (text: string) => void) => ComponentChildren;
}

/** Paste, drop, open or try a payload, and see its card: the body of every page. */
export function Workbench(props: WorkbenchProps) {
  const { initialText = '', onTextChange, onOpenInTab, layout = 'wide', header, aside } = props;
  const { address, renderEmpty } = props;
  const [text, setText] = useState(initialText);
  const [held, setHeld] = useState(initialText.length > HOLD_CHARS);
  const request = text === initialText ? props.initialRequest : undefined;
  const [notice, setNotice] = useState<{ text: string; warning: boolean }>();
  const [unkept, setUnkept] = useState(false);
  const { decoded, decodeNow, decodeLater } = useDecoder(address?.isAddress);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  /** Set by the first paste, keystroke, drop or Clear. */
  const edited = useRef(false);
  // Deferred so the page paints before a large restored payload is decoded; the decoders'
  // chunk is fetched once the page is idle, so it is there by the time the user pastes. Preact
  // runs this after the first paint (up to 100 ms in a background tab): a paste in that time
  // came first, and decoding the restored text now would replace its card with nothing.
  useEffect(() => {
    if (!edited.current) decodeLater(initialText, 0);
  }, []);
  useEffect(() => scheduleIdle(() => void loadResult().catch(() => {})), []);

  const keep = (next: string) => {
    void onTextChange?.(next)?.then((kept) => setUnkept(!kept));
  };
  const change = (next: string, delayMs: number, hold: boolean) => {
    edited.current = true;
    setText(next);
    setHeld(hold);
    keep(next);
    decodeLater(next, delayMs);
  };
  /** Whole new payloads (paste over the limit, file, example) decode at once. */
  const replace = (next: string) => change(next, 0, next.length > HOLD_CHARS);
  /**
   * Typed or dropped text that grows past the hold is held like a large paste. Text already over
   * it stays in the box: the user chose "Edit anyway", and each keystroke must not take it away.
   */
  const type = (next: string, pasted: boolean) => {
    if (next.length > HOLD_CHARS && text.length <= HOLD_CHARS) replace(next);
    else change(next, pasted ? 0 : DECODE_DELAY_MS, false);
  };

  const clear = () => {
    edited.current = true;
    setNotice(undefined);
    setText('');
    setHeld(false);
    keep('');
    decodeNow('');
    textarea.current?.focus();
  };

  const openFile = async (file: File) => {
    if (file.size > FILE_LIMIT_BYTES) {
      const limit = formatSize(FILE_LIMIT_BYTES);
      const text = ui.workbench.fileTooLarge(file.name, formatSize(file.size), limit);
      setNotice({ text, warning: true });
      return;
    }
    try {
      const { text: content, invalid } = await readTextFile(file);
      setNotice(
        invalid
          ? {
              text: ui.workbench.fileNotUtf8(file.name, invalid.bytes, invalid.firstOffset),
              warning: true,
            }
          : { text: ui.workbench.fileLoaded(file.name), warning: false },
      );
      replace(content);
    } catch {
      setNotice({ text: ui.workbench.fileUnreadable(file.name), warning: true });
    }
  };
  const dragging = useFileDrop(openFile);

  return (
    <div class={`workbench workbench--${layout}`} data-testid="workbench">
      {header}
      <div class="workbench__input">
        <PasteBox
          text={text}
          held={held}
          holdChars={HOLD_CHARS}
          editLimitChars={EDIT_LIMIT_CHARS}
          oneLine={decoded !== undefined}
          textareaRef={textarea}
          onType={type}
          onLargePaste={replace}
          onDecodeNow={decodeNow}
          onEditAnyway={() => setHeld(false)}
          onClear={clear}
        />
        <div class="workbench__bar">
          <button type="button" class="button" onClick={() => fileInput.current?.click()}>
            {ui.workbench.openFile}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json,text/plain"
            hidden
            data-testid="file-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void openFile(file);
            }}
          />
          <button type="button" class="button" onClick={() => replace(exampleText)}>
            {ui.workbench.tryExample}
          </button>
          <button type="button" class="button" onClick={clear} disabled={text === ''}>
            {ui.workbench.clear}
          </button>
          {onOpenInTab && (
            <button
              type="button"
              class="button button--primary"
              data-testid="open-in-tab"
              onClick={() =>
                Promise.resolve(onOpenInTab(text)).catch(() =>
                  setNotice({ text: ui.workbench.openInTabFailed, warning: true }),
                )
              }
            >
              {ui.workbench.openInTab}
            </button>
          )}
        </div>
        {notice && (
          <p
            class={notice.warning ? 'note workbench__warning' : 'note'}
            role="status"
            data-testid="workbench-notice"
          >
            {notice.text}
          </p>
        )}
        {unkept && (
          <p class="note workbench__warning" role="alert" data-testid="not-kept">
            {ui.workbench.notKept}
          </p>
        )}
      </div>
      <div class="workbench__content">
        <div class="workbench__result">
          {decoded && 'result' in decoded && (
            <>
              <decoded.parts.DecodedView key={decoded.generation} result={decoded.result} />
              {decoded.result.json !== undefined && (
                <decoded.parts.RequestTools
                  rawBody={text}
                  headers={request?.headers}
                  contentType={request?.contentType}
                  vendor={decoded.result.format.vendor}
                />
              )}
            </>
          )}
          {decoded && 'failed' in decoded && (
            <p class="note" role="alert">
              {ui.lazyFailed}
            </p>
          )}
          {decoded && 'address' in decoded && address?.render(decoded.address)}
          {!decoded && text === '' && (
            <>
              <p class="empty-state" data-testid="empty-state">
                {ui.workbench.emptyState}
              </p>
              {renderEmpty?.(replace)}
            </>
          )}
        </div>
        {aside && <aside class="workbench__aside">{aside}</aside>}
      </div>
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          <p>{ui.workbench.dropHere}</p>
        </div>
      )}
    </div>
  );
}
