import type { CallRecord } from '../../model/call-record';
import { ui } from '../../strings';
import { ActionsSection } from './ActionsSection';
import { AnalysisSection } from './AnalysisSection';
import '../call/call.css';
import { CardHeader } from './CardHeader';
import { IdsSection } from './IdsSection';
import { OtherFieldsSection } from './OtherFieldsSection';
import { RecordingSection } from './RecordingSection';
import { TranscriptSection } from './TranscriptSection';
import { CollectedVariablesSection, RecordSection } from './VariablesSections';

/**
 * The call at a glance: header first, then the transcript beside the details when there is room
 * (the columns come from a container query in call.css).
 */
export function CallCard({ call }: { call: CallRecord }) {
  return (
    <article class="card" aria-label={ui.card.label} data-testid="call-card">
      <CardHeader call={call} />
      <div class="card__body">
        <div class="card__main">
          <TranscriptSection transcript={call.transcript} />
        </div>
        <div class="card__details">
          <ActionsSection actions={call.actions} />
          <AnalysisSection items={call.analysis} />
          <CollectedVariablesSection variables={call.collectedVariables} />
          <RecordSection
            heading={ui.variables.promptHeading}
            record={call.lead.promptVariables}
            testId="prompt-variables"
          />
          <RecordingSection recording={call.recording} />
          <IdsSection ids={call.ids} />
          <RecordSection
            heading={ui.variables.metadataHeading}
            record={call.metadata}
            testId="metadata"
          />
          <OtherFieldsSection fields={call.otherFields} />
        </div>
      </div>
    </article>
  );
}
