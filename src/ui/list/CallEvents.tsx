import type { CallGroup } from '../../model/group-calls';
import { list } from '../../strings';
import { eventText } from '../../strings/glossary/index';

interface Props {
  group: CallGroup;
  /** The observation the card shows. */
  shownId: string;
  timeText: (ms: number) => string;
  onShow: (observationId: string) => void;
}

/**
 * The events of one call in the order they happened, each with its time; choosing one shows its
 * own payload. Shown only when the call has more than one event or a repeated delivery.
 */
export function CallEvents({ group, shownId, timeText, onShow }: Props) {
  if (group.events.length < 2 && group.deliveries < 2) return null;
  return (
    <ol class="call-events" aria-label={list.eventsLabel} data-testid="call-events">
      {group.events.map((event) => {
        const { observation } = event;
        const { call, format } = observation.result;
        const name =
          (call && eventText(call.vendor, call.event.raw)?.label) ?? format.event ?? format.label;
        const shown = event.deliveries.some((delivery) => delivery.id === shownId);
        return (
          <li key={observation.id}>
            <button
              type="button"
              class={`call-events__event${shown ? ' call-events__event--shown' : ''}`}
              aria-pressed={shown}
              data-testid="call-event"
              onClick={() => onShow(observation.id)}
            >
              {event.atMs === undefined ? (
                <span class="call-events__time">{list.noTime}</span>
              ) : (
                <time class="call-events__time" dateTime={new Date(event.atMs).toISOString()}>
                  {timeText(event.atMs)}
                </time>
              )}
              <span class="call-events__name">{name}</span>
              {event.deliveries.length > 1 && (
                <span class="call-events__count">{list.delivered(event.deliveries.length)}</span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
