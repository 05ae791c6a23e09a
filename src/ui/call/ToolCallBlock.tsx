import { useId } from 'preact/hooks';
import type { CallRecord, Structured, ToolCall } from '../../model/record';
import { card } from '../../strings';
import { explainCode } from '../../strings/glossary/index';
import { Badge } from '../common/Badge';
import { formatInZone, viewerTimeZone } from '../common/format-time';
import { KeyValueRows } from '../common/KeyValueRows';
import { StructuredValue } from '../common/StructuredValue';
import { Fact } from './Fact';
import { formatOffset } from './words';

const tones = { succeeded: 'success', failed: 'danger', unknown: 'neutral' } as const;

/** Succeeded, failed or not reported, as a badge that names its state in words. */
export function ToolStatusBadge({ tool }: { tool: ToolCall }) {
  return (
    <Badge
      kind={card.tools.badgeKind}
      label={card.tools.status[tool.status]}
      explanation={card.tools.statusExplanation[tool.status]}
      tone={tones[tool.status]}
      testId="tool-status"
    />
  );
}

/** Arguments or a result: decoded when sent as a JSON string, and says so. */
export function StructuredPart({
  heading,
  value,
  testId,
}: {
  heading: string;
  value: Structured;
  testId: string;
}) {
  return (
    <div class="action__part">
      <h5 class="action__part-title">{heading}</h5>
      <StructuredValue value={value} testId={testId} />
      {(value.kind === 'object' || value.kind === 'list') && value.fromString && (
        <p class="note">{card.tools.sentAsString}</p>
      )}
    </div>
  );
}

/** What the tool was given and what it gave back; the result is said to be empty, never blank. */
export function ToolCallIo({ tool }: { tool: ToolCall }) {
  return (
    <>
      {tool.arguments.kind !== 'none' && (
        <StructuredPart
          heading={card.tools.arguments}
          value={tool.arguments}
          testId="tool-arguments"
        />
      )}
      {tool.config !== undefined && tool.config.kind !== 'none' && (
        <StructuredPart heading={card.tools.config} value={tool.config} testId="tool-config" />
      )}
      {tool.result.kind === 'none' ? (
        <p class="empty-note">{card.tools.nothingReturned}</p>
      ) : (
        <StructuredPart heading={card.tools.result} value={tool.result} testId="tool-result" />
      )}
    </>
  );
}

export function ToolError({ tool }: { tool: ToolCall }) {
  if (!tool.error) return null;
  return (
    <p class="action__error" data-testid="tool-error">
      <strong>{card.tools.error}:</strong> {tool.error}
    </p>
  );
}

/** One tool call in full: kind, state and why, when, its inputs and output, other facts. */
export function ToolCallBlock({ tool, vendor }: { tool: ToolCall; vendor: CallRecord['vendor'] }) {
  const id = useId();
  const kind = tool.kind === undefined ? undefined : explainCode(vendor, 'toolKind', tool.kind);
  return (
    <article
      class={`action action--${tool.status}`}
      aria-labelledby={id}
      data-testid="tool-call"
      title={card.tools.readFrom(tool.path)}
    >
      <div class="action__head">
        <h4 id={id} class="action__name">
          {tool.name}
        </h4>
        <ToolStatusBadge tool={tool} />
      </div>
      <dl class="rows">
        {kind !== undefined && (
          <Fact label={card.tools.kind}>
            <span title={kind.known ? kind.explanation : undefined}>{kind.label}</span>
          </Fact>
        )}
        {tool.statusCode && <Fact label={card.tools.statusCode}>{tool.statusCode}</Fact>}
        {tool.offsetSeconds !== undefined && (
          <Fact label={card.tools.time}>{formatOffset(tool.offsetSeconds)}</Fact>
        )}
        {tool.offsetSeconds === undefined && tool.atMs !== undefined && (
          <Fact label={card.tools.time}>{formatInZone(tool.atMs, viewerTimeZone())}</Fact>
        )}
        {tool.id && <Fact label={card.tools.id}>{tool.id}</Fact>}
      </dl>
      <ToolError tool={tool} />
      <ToolCallIo tool={tool} />
      {tool.details.length > 0 && (
        <KeyValueRows entries={tool.details.map((detail) => [detail.key, detail.value] as const)} />
      )}
    </article>
  );
}
