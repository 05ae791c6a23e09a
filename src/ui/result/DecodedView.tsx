import { useMemo } from 'preact/hooks';
import type { CallDecodeResult } from '../../model/decode-call';
import { NumbersAsSent } from '../../model/json/numbers-as-sent';
import { card, ui } from '../../strings';
import { CallView } from '../call/CallView';
import { NumbersAsSentContext } from '../common/as-sent';
import { NotACall } from './NotACall';
import { ProblemList } from './ProblemList';
import { RawJsonSection } from './RawJsonSection';
import './result.css';

/**
 * Warnings fold into one line ("8 warnings") so the call is never pushed below the fold by them;
 * errors stay open, since they say why there is no card.
 */
function Problems({ result }: { result: CallDecodeResult }) {
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const warnings = result.problems.filter((problem) => problem.severity === 'warning');
  return (
    <>
      <ProblemList problems={errors} />
      {warnings.length > 0 && (
        <details class="warnings" data-testid="warnings">
          <summary>{card.warnings.summary(warnings.length)}</summary>
          <ProblemList problems={warnings} />
        </details>
      )}
    </>
  );
}

/** Everything one decode produced: problems, a note on unwrapping, the card (or what it is), raw JSON. */
export function DecodedView({ result }: { result: CallDecodeResult }) {
  const { call, format, unwrappedFrom, json, numbersAsSent } = result;
  const numbers = useMemo(
    () => numbersAsSent && new NumbersAsSent(json, numbersAsSent),
    [json, numbersAsSent],
  );
  return (
    <section class="decoded" aria-label={ui.result.label} data-testid="decoded">
      <NumbersAsSentContext.Provider value={numbers}>
        <Problems result={result} />
        {unwrappedFrom && (
          <p class="note note--info" data-testid="unwrapped-from">
            {ui.result.unwrappedFrom(unwrappedFrom)}
          </p>
        )}
        {call ? (
          <CallView call={call} json={json} formatLabel={format.label} />
        ) : (
          format.id !== 'invalid' && <NotACall result={result} />
        )}
        {json !== undefined && <RawJsonSection json={json} />}
      </NumbersAsSentContext.Provider>
    </section>
  );
}
