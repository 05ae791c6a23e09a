import type { Tone } from '../../model/record';
import type { CodeText } from './types';

/** A code's words in one tone: `bad('Busy', '…')`. Shared by every platform's glossary. */
const inTone =
  (tone: Tone) =>
  (label: string, explanation: string): CodeText => ({ label, explanation, tone });

export const ok = inTone('success');
export const warn = inTone('warning');
export const bad = inTone('danger');
export const plain = inTone('neutral');
export const going = inTone('progress');
