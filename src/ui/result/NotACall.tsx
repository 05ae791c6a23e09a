import type { CallDecodeResult } from '../../model/decode-call';
import { ui } from '../../strings';
import { KeyValueRows } from '../common/KeyValueRows';

/** What a recognised non-call payload is (e.g. an inbound-call webhook), with its facts. */
export function NotACall({ result }: { result: CallDecodeResult }) {
  const { format, facts = [] } = result;
  return (
    <section class="not-a-call" data-testid="not-a-call">
      <h2 class="not-a-call__title">{ui.result.notACallHeading(format.label)}</h2>
      <p>{format.description}</p>
      {facts.length > 0 && (
        <KeyValueRows entries={facts.map((fact) => [fact.label, fact.value] as const)} />
      )}
      <p class="note">{ui.result.notACallNote}</p>
    </section>
  );
}
