import type { AnalysisItem, AnalysisValue, Tone } from '../../model/call-record';
import { ui } from '../../strings';
import { Badge } from '../common/Badge';
import { formatValue } from '../common/format-value';
import { Section } from '../common/Section';

const tones: Record<AnalysisValue, Tone> = {
  true: 'success',
  false: 'danger',
  partial: 'warning',
  not_applicable: 'neutral',
  other: 'neutral',
};

function valueLabel(item: AnalysisItem): string {
  switch (item.value) {
    case 'true':
      return ui.analysis.true;
    case 'false':
      return ui.analysis.false;
    case 'partial':
      return ui.analysis.partial;
    case 'not_applicable':
      return ui.analysis.notApplicable;
    case 'other':
      return formatValue(item.raw, 200);
  }
}

/** The LLM judge's verdicts as badges, each with its feedback. */
export function AnalysisSection({ items }: { items: readonly AnalysisItem[] }) {
  if (items.length === 0) return null;
  return (
    <Section heading={ui.analysis.heading} testId="analysis">
      <ul class="analysis">
        {items.map((item) => {
          const label = valueLabel(item);
          return (
            <li key={item.key} class="analysis__item" data-testid="analysis-item">
              <span class="analysis__label">{item.label}</span>{' '}
              <Badge kind={item.label} label={label} tone={tones[item.value]} />
              {item.feedback && <p class="analysis__feedback">{item.feedback}</p>}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
