import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { AnalysisSection } from './AnalysisSection';
import { AudioSection } from './AudioSection';
import './call.css';
import { CallHeader } from './CallHeader';
import { CostSection } from './CostSection';
import { IdsSection } from './IdsSection';
import { OtherFieldsSection } from './OtherFieldsSection';
import { OutcomeSection } from './OutcomeSection';
import { PartiesSection } from './PartiesSection';
import { RecordingsSection } from './RecordingsSection';
import { TimingSection } from './TimingSection';
import { ToolsSection } from './ToolsSection';
import { TranscriptSection } from './TranscriptSection';
import { VariablesSections } from './VariablesSections';

interface Props {
  call: CallRecord;
  /** The payload as parsed, for audio sent inside it (read by the path the record names). */
  json?: unknown;
  /** The format's label, named in the header when the payload has no event of its own. */
  formatLabel?: string;
}

/**
 * One call from any platform, the same way: header first, then the transcript beside the details
 * when there is room (a container query in call.css). Each section draws only when it has
 * something to show, so there are no empty headings.
 */
export function CallView({ call, json, formatLabel }: Props) {
  return (
    <article class="card" aria-label={card.label} data-testid="call-card" data-vendor={call.vendor}>
      <CallHeader call={call} formatLabel={formatLabel} />
      <div class="card__body">
        <div class="card__main">
          <TranscriptSection call={call} />
        </div>
        <div class="card__details">
          <OutcomeSection call={call} />
          <ToolsSection call={call} />
          <AnalysisSection call={call} />
          <CostSection call={call} />
          <PartiesSection call={call} />
          <TimingSection call={call} />
          <VariablesSections call={call} />
          <AudioSection call={call} json={json} />
          <RecordingsSection call={call} />
          <IdsSection call={call} />
          <OtherFieldsSection call={call} />
        </div>
      </div>
    </article>
  );
}
