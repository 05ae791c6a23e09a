import type { CallRecord, ToolCall, Turn } from '../../model/record';
import { card } from '../../strings';
import { MarkedText, type Marks } from '../common/SearchableChunk';
import { SearchableTurns } from '../common/SearchableTurns';
import { Section } from '../common/Section';
import { ToolCallIo, ToolError, ToolStatusBadge } from './ToolCallBlock';
import { formatOffset } from './words';

/** A tool call where it ran: its name and state at a glance, inputs and output one click away. */
function InlineToolCall({ tool, marks, name }: { tool: ToolCall; marks: Marks; name: string }) {
  return (
    <div class={`turn__tool turn__tool--${tool.status}`} data-testid="turn-tool">
      <div class="turn__tool-head">
        <MarkedText text={name} marks={marks} class="turn__text turn__tool-name" />
        <ToolStatusBadge tool={tool} />
      </div>
      <ToolError tool={tool} />
      <details class="turn__tool-io">
        <summary>{card.transcript.toolDetails}</summary>
        <ToolCallIo tool={tool} />
      </details>
    </div>
  );
}

function TurnBody({ call, turn, marks }: { call: CallRecord; turn: Turn; marks: Marks }) {
  const tool = turn.toolCall === undefined ? undefined : call.toolCalls[turn.toolCall];
  if (tool !== undefined) return <InlineToolCall tool={tool} marks={marks} name={turn.text} />;
  return <MarkedText text={turn.text} marks={marks} class="turn__text" />;
}

function renderTurn(call: CallRecord, index: number, marks: Marks) {
  const turn = call.transcript.turns[index];
  if (!turn) return null;
  // Events (a node transition, a key press, "Ended call") are not speech: no bubble, no speaker.
  const speaker = turn.role === 'event' ? turn.label : card.transcript.roles[turn.role];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a listitem of the transcript list, inside a chunk box
    <div
      key={index}
      role="listitem"
      class={`turn turn--${turn.role}`}
      data-testid="turn"
      data-role={turn.role}
    >
      <span class="turn__head">
        <span
          class="turn__speaker"
          title={turn.label ? card.transcript.asWritten(turn.label) : undefined}
        >
          {speaker}
        </span>
        {turn.offsetSeconds !== undefined && (
          <time class="turn__time" data-testid="turn-time">
            {formatOffset(turn.offsetSeconds)}
          </time>
        )}
      </span>
      <TurnBody call={call} turn={turn} marks={marks} />
    </div>
  );
}

function asText(call: CallRecord): string {
  return call.transcript.turns
    .map((turn) =>
      card.transcript.copyLine(
        turn.offsetSeconds === undefined ? undefined : formatOffset(turn.offsetSeconds),
        turn.role === 'event' ? turn.label : card.transcript.roles[turn.role],
        turn.text.replace(/\s*\n\s*/g, ' '),
      ),
    )
    .join('\n');
}

/** The conversation as chat turns with their times, tool calls in place, searchable and copyable. */
export function TranscriptSection({ call }: { call: CallRecord }) {
  const { transcript } = call;
  const count = transcript.turns.length;
  return (
    <Section
      heading={card.transcript.heading}
      tools={
        count > 0 && (
          <span class="count" data-testid="turn-count">
            {card.transcript.turnCount(count)}
          </span>
        )
      }
      testId="transcript"
      class="transcript"
    >
      {count > 0 ? (
        <SearchableTurns
          turns={transcript.turns}
          renderTurn={(index, marks) => renderTurn(call, index, marks)}
          asText={() => asText(call)}
        />
      ) : (
        <p class="empty-note" data-testid="transcript-empty">
          {transcript.state === 'missing' ? card.transcript.missing : card.transcript.empty}
        </p>
      )}
    </Section>
  );
}
