import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../src/model/decode-call';
import { card } from '../../../src/strings';
import { DecodedView } from '../../../src/ui/result/DecodedView';

afterEach(cleanup);

const script = '<script>window.__pwned = 1</script>';
const img = '<img src=x onerror="window.__pwned = 1">';
const jsUrl = 'javascript:window.__pwned=1';

const hostile = JSON.stringify({
  status: 'completed',
  lead: { name: `${script}${img}`, phone_number: jsUrl, prompt_variables: { note: img } },
  call: {
    status: 'completed',
    end_call_reason: script,
    call_id: img,
    duration: 5,
    recording_url: jsUrl,
    transcript: `bot: ${script}\nhuman: ${img} ${jsUrl}`,
  },
  executed_actions: {
    [img]: {
      name: script,
      action_type: img,
      description: jsUrl,
      parameters_hard_coded: JSON.stringify({
        identifier: script,
        condition: img,
        examples: [jsUrl],
      }),
      error_message: img,
      return_value: JSON.stringify({ [script]: img, link: jsUrl }),
    },
  },
  analysis: { goal: script, goal_feedback: img },
  metadata: { [img]: script },
});

describe('a hostile payload', () => {
  it('renders every field as literal text and creates no script, image or javascript: link', () => {
    const { container } = render(<DecodedView result={decodeCallText(hostile)} />);
    fireEvent.click(screen.getByText('Raw JSON'));

    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    for (const element of container.querySelectorAll('[href], [src]')) {
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      expect(url).not.toMatch(/^\s*javascript:/i);
    }
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('audio')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    expect(screen.getByTestId('lead-name').textContent).toBe(`${script}${img}`);
    expect(screen.getByTestId('recording-text').textContent).toBe(jsUrl);
    const turns = screen.getAllByTestId('turn');
    expect(turns[0]?.textContent).toContain(script);
    expect(turns[1]?.textContent).toContain(`${img} ${jsUrl}`);
    const tool = screen.getByTestId('tool-call');
    expect(tool.textContent).toContain(script);
    expect(within(tool).getByTestId('tool-error').textContent).toContain(img);
    expect(within(tool).getByTestId('tool-result').textContent).toContain(jsUrl);
  });
});

describe('a recording address with a user name and password in it', () => {
  const withCredentials = 'https://user:secret@recordings.example/call.mp3';
  const payload = JSON.stringify({
    status: 'completed',
    lead: { name: 'Amira', phone_number: '+15550100' },
    call: { status: 'completed', end_call_reason: 'human_goodbye', duration: 5 },
  }).replace('"duration":5', `"duration":5,"recording_url":${JSON.stringify(withCredentials)}`);

  it('is shown as text, never as a link or a player, with a note saying why', () => {
    const result = decodeCallText(payload);
    const { container } = render(<DecodedView result={result} />);
    const recordings = screen.getByTestId('recordings');
    expect(recordings.querySelector('a')).toBeNull();
    expect(recordings.querySelector('audio')).toBeNull();
    expect(container.querySelector('[href*="secret@"], [src*="secret@"]')).toBeNull();
    expect(screen.getByTestId('recording-text').textContent).toBe(withCredentials);
    expect(recordings.textContent).toContain(card.recordings.withCredentials);
    expect(result.problems.map((p) => p.path)).toContain('call.recording_url');
  });
});
