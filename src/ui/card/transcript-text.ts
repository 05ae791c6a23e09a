import type { Speaker, Turn } from '../../model/call-record';
import { ui } from '../../strings';

export function speakerName(speaker: Speaker): string {
  return ui.transcript[speaker];
}

/** The transcript as plain text, one turn a line (line breaks inside a turn become spaces). */
export function transcriptAsText(turns: readonly Turn[]): string {
  return turns
    .map((turn) =>
      ui.transcript.copyLine(speakerName(turn.speaker), turn.text.replace(/\s*\n\s*/g, ' ')),
    )
    .join('\n');
}
