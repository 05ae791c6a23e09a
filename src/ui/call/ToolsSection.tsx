import type { CallRecord } from '../../model/record';
import { card } from '../../strings';
import { ProgressiveList } from '../common/ProgressiveList';
import { Section } from '../common/Section';
import { ToolCallBlock } from './ToolCallBlock';

/** Tool calls per chunk drawn when idle (a call can make thousands). */
const CHUNK = 50;
/**
 * Drawn before the first paint: a screenful. Each tool call is some 35 elements, so 50 of them
 * made 1,700 of the 2,700 elements a 100 KB payload's card painted before it was first seen.
 */
const FIRST_SCREEN = 8;

/** Every tool call with its arguments and result; failures counted beside the heading. */
export function ToolsSection({ call }: { call: CallRecord }) {
  const { toolCalls, vendor } = call;
  if (toolCalls.length === 0) return null;
  const failed = toolCalls.filter((tool) => tool.status === 'failed').length;
  return (
    <Section
      heading={card.tools.heading(toolCalls.length)}
      tools={
        failed > 0 && (
          <span class="count count--danger" data-testid="tools-failed">
            {card.tools.failedCount(failed)}
          </span>
        )
      }
      testId="tools"
    >
      <div class="actions">
        <ProgressiveList
          items={toolCalls}
          chunk={CHUNK}
          first={FIRST_SCREEN}
          stillRendering={card.tools.stillRendering}
          renderRange={(start, end) =>
            toolCalls
              .slice(start, end)
              .map((tool, offset) => (
                <ToolCallBlock key={start + offset} tool={tool} vendor={vendor} />
              ))
          }
        />
      </div>
    </Section>
  );
}
