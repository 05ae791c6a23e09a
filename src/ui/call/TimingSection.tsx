import type { CallRecord } from '../../model/record';
import { formatDuration } from '../../model/time';
import { card } from '../../strings';
import { Section } from '../common/Section';
import { Fact } from './Fact';
import { StartTime } from './StartTime';

/**
 * Start, end and duration, each with the field it came from: platforms send minutes, seconds or
 * milliseconds, and "3:03 from call_length (minutes)" shows the unit was read right.
 */
export function TimingSection({ call }: { call: CallRecord }) {
  const { start, end, duration, timezone, timezoneValid } = call.timing;
  if (start === undefined && end === undefined && duration === undefined && !timezone) return null;
  return (
    <Section heading={card.timing.heading} testId="timing">
      <dl class="rows">
        {duration && (
          <Fact label={card.timing.duration} testId="timing-duration">
            {formatDuration(duration.seconds)}{' '}
            <span class="source">
              {card.timing.from(duration.path, card.timing.units[duration.unit])}
            </span>
          </Fact>
        )}
        {start && (
          <Fact label={card.timing.start} title={start.path}>
            <StartTime start={start} timing={call.timing} />
          </Fact>
        )}
        {end && (
          <Fact label={card.timing.end} title={end.path}>
            <StartTime start={end} timing={call.timing} />
          </Fact>
        )}
        {timezone && (
          <Fact label={card.timing.timezone}>
            {timezoneValid ? timezone : card.timing.invalidZone(timezone)}
          </Fact>
        )}
      </dl>
    </Section>
  );
}
