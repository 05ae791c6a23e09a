import type { Tone } from '../../model/record';
import { ui } from '../../strings';

// A glyph per tone so the badge never relies on colour alone.
const toneGlyph: Record<Tone, string> = {
  success: '✓',
  warning: '!',
  danger: '✕',
  progress: '…',
  neutral: '•',
};

interface Props {
  /** What the badge is about, for its accessible name ("Status", "Call completion"). */
  kind: string;
  label: string;
  /** The code's meaning, when it has one beyond its label. */
  explanation?: string;
  tone: Tone;
  testId?: string;
}

export function Badge({ kind, label, explanation, tone, testId }: Props) {
  return (
    <span
      class={`badge badge--${tone}`}
      role="img"
      aria-label={ui.badge(kind, label, explanation)}
      title={explanation}
      data-tone={tone}
      data-testid={testId}
    >
      <span class="badge__glyph" aria-hidden="true">
        {toneGlyph[tone]}
      </span>
      {label}
    </span>
  );
}

/** A call's status (or end reason) as a badge: its label, with its meaning in the name. */
export function CodeBadge({
  kind,
  code,
  testId,
}: {
  kind: string;
  code: { label: string; explanation?: string; tone: Tone };
  testId?: string;
}) {
  return (
    <Badge
      kind={kind}
      label={code.label}
      explanation={code.explanation}
      tone={code.tone}
      testId={testId}
    />
  );
}
