import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToolCall } from '../../../../src/model/record';
import { CallView } from '../../../../src/ui/call/CallView';
import { makeRecord } from './make-record';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** jsdom has no object URLs: stand in for them, recording each Blob and each revoke. */
function fakeObjectUrls() {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  class FakeUrl extends URL {
    static override createObjectURL(blob: Blob): string {
      blobs.push(blob);
      return `blob:hookline/audio-${blobs.length}`;
    }
    static override revokeObjectURL(url: string): void {
      revoked.push(url);
    }
  }
  vi.stubGlobal('URL', FakeUrl);
  return { blobs, revoked };
}

function tool(index: number): ToolCall {
  return {
    name: `lookup_${index}`,
    arguments: { kind: 'object', value: { n: index }, fromString: false },
    result: { kind: 'text', text: `ok ${index}` },
    status: index % 100 === 0 ? 'failed' : 'succeeded',
    path: `tool_calls[${index}]`,
    details: [],
  };
}

describe('CallView with many tool calls and fields', () => {
  it('draws the first of 5,000 tool calls at once and the rest progressively', async () => {
    const toolCalls = Array.from({ length: 5000 }, (_, index) => tool(index));
    render(<CallView call={makeRecord({ toolCalls })} />);
    const first = screen.getAllByTestId('tool-call').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(500);
    expect(screen.getByTestId('still-rendering').textContent).toBe(
      `Showing ${first} of 5000 tool calls…`,
    );
    expect(screen.getByTestId('tools-failed').textContent).toBe('50 failed');
    await waitFor(() => expect(screen.getAllByTestId('tool-call').length).toBeGreaterThan(first), {
      timeout: 20_000,
    });
  }, 40_000);

  it('draws 50,000 other fields in chunks, not all at once', () => {
    const otherFields = Array.from({ length: 50_000 }, (_, index) => ({
      path: `extra.k${index}`,
      value: index,
    }));
    render(<CallView call={makeRecord({ otherFields })} />);
    const rows = screen.getByTestId('other-fields').querySelectorAll('.rows__row').length;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(5000);
    expect(screen.getByTestId('still-rendering').textContent).toContain('of 50000 fields');
  });
});

describe('CallView inline audio', () => {
  const base64 = btoa('ID3 fake mp3 bytes');
  const json = { type: 'post_call_audio', data: { full_audio: base64 } };
  const call = makeRecord({
    vendor: 'elevenlabs',
    audio: { path: 'data.full_audio', mime: 'audio/mpeg', bytes: 2_400_000 },
  });

  it('plays audio from a local Blob built from the base64 at its path; no base64 in the DOM', async () => {
    const { blobs, revoked } = fakeObjectUrls();
    const { unmount } = render(<CallView call={call} json={json} />);
    const player = await screen.findByTestId('audio-player');
    expect(player.getAttribute('src')).toBe('blob:hookline/audio-1');
    expect(blobs[0]?.type).toBe('audio/mpeg');
    expect(await blobs[0]?.text()).toBe('ID3 fake mp3 bytes');
    expect(screen.getByTestId('audio-attached').textContent).toBe('Audio attached (2.3 MB)');
    expect(document.body.innerHTML).not.toContain(base64);
    unmount();
    // The effect cleanup may run after unmount() returns.
    await waitFor(() => expect(revoked).toEqual(['blob:hookline/audio-1']));
  });

  it('says so when the audio text is not base64, and builds no player', async () => {
    const { blobs } = fakeObjectUrls();
    render(<CallView call={call} json={{ data: { full_audio: '%%% not base64 %%%' } }} />);
    await waitFor(() =>
      expect(screen.getByTestId('audio').textContent).toContain('not valid base64'),
    );
    expect(blobs).toEqual([]);
    expect(screen.queryByTestId('audio-player')).toBeNull();
  });
});
