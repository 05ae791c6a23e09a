import type { CallRecord, Judgement, Tone, Verdict } from '../../model/record';
import { card } from '../../strings';
import { PayloadValue } from '../common/as-sent';
import { Badge } from '../common/Badge';
import { formatValue } from '../common/format-value';
import { Section } from '../common/Section';
import { CodeFact } from './CodeFact';
import { Fact } from './Fact';

const tones: Record<Verdict, Tone> = {
  true: 'success',
  false: 'danger',
  partial: 'warning',
  unknown: 'neutral',
  not_applicable: 'neutral',
  other: 'neutral',
};

/** A verdict in words; one outside yes/no/partly is shown as sent. */
function JudgementFact({ label, judgement }: { label: string; judgement: Judgement }) {
  const words =
    judgement.verdict === 'other'
      ? formatValue(judgement.raw, 200)
      : card.analysis.verdicts[judgement.verdict];
  return (
    <Fact label={label} title={judgement.path} testId="judgement">
      <Badge kind={label} label={words} tone={tones[judgement.verdict]} />
      {judgement.rationale && <p class="analysis__feedback">{judgement.rationale}</p>}
    </Fact>
  );
}

/** The platform's post-call analysis, each part only when sent. */
export function AnalysisSection({ call }: { call: CallRecord }) {
  const { vendor, analysis } = call;
  const { summary, success, sentiment, judgements, data } = analysis;
  if (!summary && !success && !sentiment && judgements.length === 0 && data.length === 0) {
    return null;
  }
  return (
    <Section heading={card.analysis.heading} testId="analysis">
      {summary && (
        <p class="analysis__summary" data-testid="summary" title={summary.path}>
          {summary.text}
        </p>
      )}
      {(success || sentiment || judgements.length > 0) && (
        <dl class="rows">
          {success && <JudgementFact label={card.analysis.success} judgement={success} />}
          {sentiment && (
            <CodeFact
              vendor={vendor}
              kind="sentiment"
              label={card.analysis.sentiment}
              code={sentiment}
            />
          )}
          {judgements.map((judgement) => (
            <JudgementFact key={judgement.path} label={judgement.key} judgement={judgement} />
          ))}
        </dl>
      )}
      {data.length > 0 && (
        <>
          <h4 class="action__part-title">{card.analysis.data}</h4>
          <dl class="rows" data-testid="analysis-data">
            {data.map((item) => (
              <Fact key={item.path} label={item.key} title={item.path}>
                <PayloadValue value={item.value} at={item.path} />
                {item.rationale && <p class="analysis__feedback">{item.rationale}</p>}
              </Fact>
            ))}
          </dl>
        </>
      )}
    </Section>
  );
}
