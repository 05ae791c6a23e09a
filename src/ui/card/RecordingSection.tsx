import type { CallRecord } from '../../model/call-record';
import { ui } from '../../strings';
import { isHttpUrl } from '../common/http-url';
import { Section } from '../common/Section';

/** A player and a link for http(s) recordings; any other address is text only. */
export function RecordingSection({ recording }: { recording: CallRecord['recording'] }) {
  if (!recording) return null;
  // The model already judged `safe`; checking again here keeps the link rule in the view too.
  const playable = recording.safe && isHttpUrl(recording.url);
  return (
    <Section heading={ui.recording.heading} testId="recording">
      {playable ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: call recordings come without captions; the transcript above is the text */}
          <audio
            class="recording__player"
            controls
            preload="none"
            src={recording.url}
            aria-label={ui.recording.player}
          />
          <a
            class="recording__link"
            href={recording.url}
            target="_blank"
            rel="noopener noreferrer"
            title={ui.recording.open}
          >
            {recording.url}
          </a>
        </>
      ) : (
        <>
          <p class="note">{ui.recording.notALink}</p>
          <p class="value-text" data-testid="recording-text">
            {recording.url}
          </p>
        </>
      )}
    </Section>
  );
}
