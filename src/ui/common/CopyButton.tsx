import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '../../strings';
import { copyText } from './clipboard';

const FEEDBACK_MS = 1500;

interface Props {
  /** Accessible name, e.g. "Copy call ID". */
  label: string;
  /** Visible text; defaults to "Copy". */
  text?: string;
  /** Called on click so large texts are built only when copied. */
  getText: () => string;
  testId?: string;
}

export function CopyButton({ label, text = ui.copy.copy, getText, testId }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    // getText may throw for a text longer than a string can be (a huge document pretty-printed).
    const ok = await Promise.resolve()
      .then(() => copyText(getText()))
      .catch(() => false);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  const feedback = state === 'copied' ? ui.copy.copied : state === 'failed' ? ui.copy.failed : '';
  return (
    <button
      type="button"
      class="button button--small"
      aria-label={feedback || label}
      title={label}
      data-testid={testId}
      onClick={onClick}
    >
      {feedback || text}
      <span class="sr-only" aria-live="polite">
        {feedback}
      </span>
    </button>
  );
}
