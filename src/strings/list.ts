/** User-visible text: the one call list of the bins view and the DevTools panel (src/ui/list/). */
import { plural } from './units';

export const list = {
  /** How many distinct payloads a call's row stands for. */
  events: (n: number) => plural(n, 'event', 'events'),
  /** The same body delivered more than once (a retry). */
  delivered: (n: number) => `delivered ${n}×`,
  filterText: 'Filter calls',
  filterTextPlaceholder: 'Customer, number, call id, URL, transcript',
  filterOutcome: 'Outcome',
  allOutcomes: 'All outcomes',
  filterPlatform: 'Platform',
  allPlatforms: 'All platforms',
  choice: (label: string, count: number) => `${label} (${count})`,
  /** The outcome choice for rows that are not calls (a ping, a form post, other JSON). */
  notACall: 'Not a call',
  unknownCustomer: 'Unknown caller',
  noDuration: '–',
  noTime: 'Time not recorded',
  newMark: 'new',
  fromRequest: 'request',
  fromResponse: 'response',
  count: (shown: number, total: number) =>
    shown === total
      ? plural(total, 'call', 'calls')
      : `${shown} of ${plural(total, 'call', 'calls')}`,
  noMatch: 'No call matches the filter.',
  hiddenSelection: 'The selected call is hidden by the filter.',
  eventsLabel: 'Events of this call, oldest first',
  eventShown: 'shown',
} as const;
