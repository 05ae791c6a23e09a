import type { Moment, Timing } from '../../model/record';
import { card } from '../../strings';
import { formatAtOffset, formatInZone, offsetName, viewerTimeZone } from '../common/format-time';

interface ZonedTime {
  text: string;
  zone: string;
}

/** The call's zone: its IANA zone if valid, else the offset written in the ISO time. */
function callZoneTime(moment: Moment, timing: Timing): ZonedTime | undefined {
  if (timing.timezone && timing.timezoneValid) {
    return { text: formatInZone(moment.ms, timing.timezone), zone: timing.timezone };
  }
  if (moment.offsetMinutes !== undefined) {
    return {
      text: formatAtOffset(moment.ms, moment.offsetMinutes),
      zone: offsetName(moment.offsetMinutes),
    };
  }
  return undefined;
}

/** A moment of the call in the call's zone and in the viewer's own, each zone named. */
export function StartTime({ start, timing }: { start: Moment; timing: Timing }) {
  const iso = new Date(start.ms).toISOString();
  const callTime = callZoneTime(start, timing);
  const ownZone = viewerTimeZone();
  const sameZone = callTime?.zone === ownZone;
  return (
    <ul class="times">
      {callTime && (
        <li data-testid="call-time">
          <span class="times__label">{card.timing.callTime}</span>{' '}
          <time dateTime={iso}>{callTime.text}</time>{' '}
          <span class="times__zone">
            ({callTime.zone}
            {sameZone && `, ${card.timing.sameZone}`})
          </span>
        </li>
      )}
      {!sameZone && (
        <li data-testid="your-time">
          <span class="times__label">{card.timing.yourTime}</span>{' '}
          <time dateTime={iso}>{formatInZone(start.ms, ownZone)}</time>{' '}
          <span class="times__zone">({ownZone})</span>
        </li>
      )}
    </ul>
  );
}
