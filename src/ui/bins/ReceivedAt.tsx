import { bins } from '../../strings';
import { formatInZone } from '../common/format-time';

/** When the bin received the request, in the viewer's zone (webhook.site records UTC). */
export function ReceivedAt({ ms, zone }: { ms: number | undefined; zone: string }) {
  if (ms === undefined) return <span class="bin-row__time">{bins.view.noTime}</span>;
  return (
    <time class="bin-row__time" dateTime={new Date(ms).toISOString()}>
      {formatInZone(ms, zone)}
    </time>
  );
}
