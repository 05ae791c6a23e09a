import type { DecodeResult } from '../../model/call-record';
import { ui } from '../../strings';
import { CallCard } from '../card/CallCard';
import { NotACall } from './NotACall';
import { ProblemList } from './ProblemList';
import { RawJsonSection } from './RawJsonSection';
import './result.css';

/** Everything one decode produced: problems, a note on unwrapping, the card (or what it is), raw JSON. */
export function DecodedView({ result }: { result: DecodeResult }) {
  const { call, format, problems, unwrappedFrom, json } = result;
  return (
    <section class="decoded" aria-label={ui.result.label} data-testid="decoded">
      <ProblemList problems={problems} />
      {unwrappedFrom && (
        <p class="note note--info" data-testid="unwrapped-from">
          {ui.result.unwrappedFrom(unwrappedFrom)}
        </p>
      )}
      {call ? <CallCard call={call} /> : format.id !== 'invalid' && <NotACall result={result} />}
      {json !== undefined && <RawJsonSection json={json} />}
    </section>
  );
}
