import { useEffect, useState } from 'preact/hooks';
import { valueAtPath } from '../../model/json/path';
import type { CallRecord, InlineAudio } from '../../model/record';
import { card } from '../../strings';
import { Section } from '../common/Section';
import { base64AudioBlob } from './audio-blob';

type Player = { state: 'preparing' } | { state: 'ready'; url: string } | { state: 'unreadable' };

/** A player for audio sent inside the payload, built from a local Blob URL, revoked on unmount. */
function useAudioUrl(audio: InlineAudio, json: unknown): Player {
  const [player, setPlayer] = useState<Player>({ state: 'preparing' });
  useEffect(() => {
    const text = valueAtPath(json, audio.path);
    const blob = typeof text === 'string' ? base64AudioBlob(text, audio.mime) : undefined;
    if (blob === undefined) {
      setPlayer({ state: 'unreadable' });
      return;
    }
    const url = URL.createObjectURL(blob);
    setPlayer({ state: 'ready', url });
    return () => URL.revokeObjectURL(url);
  }, [json, audio.path, audio.mime]);
  return player;
}

function AudioPlayer({ audio, json }: { audio: InlineAudio; json: unknown }) {
  const player = useAudioUrl(audio, json);
  const [seconds, setSeconds] = useState<number>();
  if (player.state === 'unreadable') return <p class="note">{card.audio.unreadable(audio.path)}</p>;
  return (
    <>
      <p data-testid="audio-attached">{card.audio.attached(seconds, audio.bytes)}</p>
      {player.state === 'ready' && (
        // biome-ignore lint/a11y/useMediaCaption: call audio comes without captions; the transcript is the text
        <audio
          class="recording__player"
          controls
          preload="metadata"
          src={player.url}
          aria-label={card.audio.player}
          data-testid="audio-player"
          onLoadedMetadata={(event) => {
            const { duration } = event.currentTarget;
            if (Number.isFinite(duration)) setSeconds(duration);
          }}
        />
      )}
      <p class="note">{card.audio.readFrom(audio.path)}</p>
    </>
  );
}

/** Audio the platform put in the payload itself (ElevenLabs `post_call_audio`). */
export function AudioSection({ call, json }: { call: CallRecord; json: unknown }) {
  if (call.audio === undefined) return null;
  return (
    <Section heading={card.audio.heading} testId="audio">
      <AudioPlayer audio={call.audio} json={json} />
    </Section>
  );
}
