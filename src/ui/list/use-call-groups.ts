import { useMemo, useRef } from 'preact/hooks';
import { type CallEvent, type CallGroup, groupCalls } from '../../model/group-calls';
import type { Observation } from '../../model/observation';

/**
 * The observations grouped one row per call, regrouped only when the list changes; groups that
 * did not change keep their identity so their rows do not render again.
 */
export function useCallGroups(observations: readonly Observation[]): CallGroup[] {
  const previous = useRef<CallGroup[]>([]);
  return useMemo(() => {
    previous.current = groupCalls(observations, previous.current);
    return previous.current;
  }, [observations]);
}

/** The group holding an observation, e.g. the request a bin has selected. */
export function groupOf(
  groups: readonly CallGroup[],
  observationId: string | undefined,
): CallGroup | undefined {
  if (observationId === undefined) return undefined;
  return groups.find((group) => group.observations.some((o) => o.id === observationId));
}

/** The event of `group` holding an observation, else the group's card. */
export function eventOf(group: CallGroup, observationId: string | undefined): CallEvent {
  return (
    group.events.find((event) =>
      event.deliveries.some((delivery) => delivery.id === observationId),
    ) ?? group.card
  );
}
