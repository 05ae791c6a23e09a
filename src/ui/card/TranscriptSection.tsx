import type { Transcript, Turn } from '../../model/call-record';
import { ui } from '../../strings';
import { MarkedText, type Marks } from '../common/SearchableChunk';
import { SearchableTurns } from '../common/SearchableTurns';
import { Section } from '../common/Section';
import { speakerName, transcriptAsText } from './transcript-text';

function renderTurn(turns: readonly Turn[], index: number, marks: Marks) {
  const turn = turns[index];
  if (!turn) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a listitem of the transcript list, inside a chunk box
    <div key={index} role="listitem" class={`turn turn--${turn.speaker}`} data-testid="turn">
      <span
        class="turn__speaker"
        title={turn.label ? ui.transcript.asWritten(turn.label) : undefined}
      >
        {speakerName(turn.speaker)}
      </span>
      <MarkedText text={turn.text} marks={marks} class="turn__text" />
    </div>
  );
}

/** The conversation as chat turns, searchable and copyable. */
export function TranscriptSection({ transcript }: { transcript: Transcript }) {
  const { turns } = transcript;
  const count = turns.length;
  return (
    <Section
      heading={ui.transcript.heading}
      tools={
        count > 0 && (
          <span class="count" data-testid="turn-count">
            {ui.transcript.turnCount(count)}
          </span>
        )
      }
      testId="transcript"
      class="transcript"
    >
      {count > 0 ? (
        <SearchableTurns
          turns={turns}
          renderTurn={(index, marks) => renderTurn(turns, index, marks)}
          asText={() => transcriptAsText(turns)}
        />
      ) : (
        <p class="empty-note" data-testid="transcript-empty">
          {transcript.state === 'missing' ? ui.transcript.missing : ui.transcript.empty}
        </p>
      )}
    </Section>
  );
}
