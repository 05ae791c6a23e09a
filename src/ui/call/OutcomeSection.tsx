import type { CallRecord, Note } from '../../model/record';
import { card } from '../../strings';
import { noteText, vendorGlossary } from '../../strings/glossary/index';
import { Section } from '../common/Section';
import { CodeFact } from './CodeFact';
import { Fact } from './Fact';
import { failurePhrases } from './words';

function noteWords(vendor: CallRecord['vendor'], note: Note): string {
  const values = note.values ?? {};
  return (
    noteText(vendor, note.kind, values) ??
    card.outcome.noteFallback(
      note.kind,
      Object.entries(values)
        .map(([key, value]) => `${key}=${value}`)
        .join(', '),
    )
  );
}

/** Status, end reason, who ended it, the platform's other outcome codes, and the decoder's notes. */
export function OutcomeSection({ call }: { call: CallRecord }) {
  const { vendor, outcome, notes } = call;
  const { status, endReason, endedBy, details } = outcome;
  const failures = failurePhrases(call);
  const detailKinds = vendorGlossary(vendor)?.detailKinds ?? {};
  const hasRows =
    status !== undefined || endReason !== undefined || endedBy !== undefined || details.length > 0;
  if (!hasRows && failures.length === 0 && notes.length === 0) return null;
  return (
    <Section heading={card.outcome.heading} testId="outcome">
      {hasRows && (
        <dl class="rows">
          {status && (
            <CodeFact vendor={vendor} kind="status" label={card.outcome.status} code={status} />
          )}
          {endReason && (
            <CodeFact
              vendor={vendor}
              kind="endReason"
              label={card.outcome.endReason}
              code={endReason}
              testId="end-reason"
            />
          )}
          {endedBy && <Fact label={card.outcome.endedBy}>{card.outcome.endedByWho[endedBy]}</Fact>}
          {details.map((detail) => (
            <CodeFact
              key={detail.path}
              vendor={vendor}
              kind={detail.kind}
              label={
                Object.hasOwn(detailKinds, detail.kind)
                  ? (detailKinds[detail.kind] as string)
                  : card.outcome.detail(detail.kind)
              }
              code={detail}
              testId="outcome-detail"
            />
          ))}
        </dl>
      )}
      {failures.length > 0 && (
        <div class="action__error" data-testid="outcome-failures">
          <strong>{card.outcome.problems}:</strong> {failures.join(' · ')}
        </div>
      )}
      {notes.length > 0 && (
        <ul class="notes" aria-label={card.outcome.notes}>
          {notes.map((note, index) => (
            <li key={index} class="note" data-testid="note" data-kind={note.kind} title={note.path}>
              {noteWords(vendor, note)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
