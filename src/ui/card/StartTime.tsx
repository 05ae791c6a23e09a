import type { Timing } from '../../model/call-record';
import { ui } from '../../strings';
import { formatAtOffset, formatInZone, offsetName, viewerTimeZone } from '../common/format-time';

interface ZonedTime {
  text: string;
  zone: string;
}

/** The call's zone: its IANA zone if valid, else the offset written in the ISO start time. */
function callZoneTime(ms: number, timing: Timing): ZonedTime | undefined {
  if (timing.timezone && timing.timezoneValid) {
    return { text: formatInZone(ms, timing.timezone), zone: timing.timezone };
  }
  if (timing.startOffsetMinutes !== undefined) {
    return {
      text: formatAtOffset(ms, timing.startOffsetMinutes),
      zone: offsetName(timing.startOffsetMinutes),
    };
  }
  return undefined;
}

/** Start time in the call's zone and in the viewer's own, each zone named. */
export function StartTime({ timing }: { timing: Timing }) {
  const { startMs, startRaw, timezone, timezoneValid } = timing;
  if (startMs === undefined) {
    return startRaw === undefined ? null : <span>{ui.card.unparsedStart(String(startRaw))}</span>;
  }
  const iso = new Date(startMs).toISOString();
  const callTime = callZoneTime(startMs, timing);
  const ownZone = viewerTimeZone();
  const sameZone = callTime?.zone === ownZone;
  return (
    <ul class="times">
      {callTime && (
        <li data-testid="call-time">
          <span class="times__label">{ui.card.callTime}</span>{' '}
          <time dateTime={iso}>{callTime.text}</time>{' '}
          <span class="times__zone">
            ({callTime.zone}
            {sameZone && `, ${ui.card.sameZone}`})
          </span>
        </li>
      )}
      {!sameZone && (
        <li data-testid="your-time">
          <span class="times__label">{ui.card.yourTime}</span>{' '}
          <time dateTime={iso}>{formatInZone(startMs, ownZone)}</time>{' '}
          <span class="times__zone">({ownZone})</span>
        </li>
      )}
      {timezone && !timezoneValid && <li class="note">{ui.card.invalidZone(timezone)}</li>}
    </ul>
  );
}
