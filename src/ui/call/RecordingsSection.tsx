import type { CallRecord, Recording } from '../../model/record';
import { card } from '../../strings';
import { hasUrlCredentials, isHttpUrl } from '../common/http-url';
import { Section } from '../common/Section';

function RecordingItem({ recording }: { recording: Recording }) {
  const kind = card.recordings.kind(recording.kind);
  // The model already judged `safe`; checking again here keeps the link rule in the view too.
  const playable = recording.safe && isHttpUrl(recording.url);
  return (
    <li class="recording" data-testid="recording" title={recording.path}>
      <span class="recording__kind">{kind}</span>
      {playable ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: call recordings come without captions; the transcript is the text */}
          <audio
            class="recording__player"
            controls
            preload="none"
            src={recording.url}
            aria-label={card.recordings.player(kind)}
          />
          <a
            class="recording__link"
            href={recording.url}
            target="_blank"
            rel="noopener noreferrer"
            title={card.recordings.open}
          >
            {recording.url}
          </a>
        </>
      ) : (
        <>
          <p class="note">
            {hasUrlCredentials(recording.url)
              ? card.recordings.withCredentials
              : card.recordings.notALink}
          </p>
          <p class="value-text" data-testid="recording-text">
            {recording.url}
          </p>
        </>
      )}
    </li>
  );
}

/** Recordings: http(s) ones as players and links, any other address as text only. */
export function RecordingsSection({ call }: { call: CallRecord }) {
  const { recordings } = call;
  if (recordings.length === 0) return null;
  return (
    <Section heading={card.recordings.heading(recordings.length)} testId="recordings">
      <ul class="recordings">
        {recordings.map((recording) => (
          <RecordingItem key={recording.path} recording={recording} />
        ))}
      </ul>
    </Section>
  );
}
