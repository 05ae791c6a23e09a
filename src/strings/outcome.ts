/**
 * User-visible text: the vendor-neutral outcome of a call, the same words for every platform, so
 * lists, filters and colours agree whichever platform sent the call.
 */
import type { OutcomeCategory, Tone } from '../model/record';

export const outcome: Record<OutcomeCategory, { label: string; tone: Tone }> = {
  completed: { label: 'Completed', tone: 'success' },
  'caller-ended': { label: 'Ended by the caller', tone: 'success' },
  'agent-ended': { label: 'Ended by the agent', tone: 'success' },
  transferred: { label: 'Transferred', tone: 'success' },
  voicemail: { label: 'Voicemail', tone: 'warning' },
  'no-answer': { label: 'No answer', tone: 'warning' },
  busy: { label: 'Busy', tone: 'warning' },
  'not-connected': { label: 'Never connected', tone: 'danger' },
  error: { label: 'Error', tone: 'danger' },
  'in-progress': { label: 'Still in progress', tone: 'progress' },
  unknown: { label: 'Outcome unknown', tone: 'neutral' },
};
