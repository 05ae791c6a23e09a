import { useCallback, useRef, useState } from 'preact/hooks';
import { ui } from '../../strings';
import { JsonViewer, type RevealRequest } from '../raw/JsonViewer';
import { useRevealListener } from '../raw/reveal';

/**
 * The payload as sent, in the raw JSON viewer: closed by default and built only when opened,
 * and opened by revealPath (a problem's or a card field's JSON path).
 */
export function RawJsonSection({ json }: { json: unknown }) {
  const [open, setOpen] = useState(false);
  const [reveal, setReveal] = useState<RevealRequest>();
  const reveals = useRef(0);
  const onReveal = useCallback((path: string) => {
    reveals.current += 1;
    setReveal({ path, seq: reveals.current });
    setOpen(true);
  }, []);
  useRevealListener(onReveal);
  return (
    <details
      class="raw-json"
      data-testid="raw-json"
      open={open}
      onToggle={(event) => {
        const nowOpen = event.currentTarget.open;
        setOpen(nowOpen);
        if (!nowOpen) setReveal(undefined);
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is the details' button; Enter and Space fire click */}
      <summary
        class="raw-json__summary"
        onClick={(event) => {
          // Opened here rather than on the toggle event: browsers fire that only after laying out
          // the page once more, which under a large card cost 100–400 ms before the first rows.
          event.preventDefault();
          setOpen(!open);
          if (open) setReveal(undefined);
        }}
      >
        {ui.rawJson.heading}
      </summary>
      {open && <JsonViewer json={json} reveal={reveal} />}
    </details>
  );
}
