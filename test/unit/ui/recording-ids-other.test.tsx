import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdsSection } from '../../../src/ui/card/IdsSection';
import { OtherFieldsSection } from '../../../src/ui/card/OtherFieldsSection';
import { RecordingSection } from '../../../src/ui/card/RecordingSection';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('RecordingSection', () => {
  it('offers a player and a safe link for an https recording', () => {
    const url = 'https://storage.example.com/rec/abc.mp3?sig=1';
    render(<RecordingSection recording={{ url, safe: true }} />);
    const audio = document.querySelector('audio');
    expect(audio?.getAttribute('src')).toBe(url);
    expect(audio?.getAttribute('preload')).toBe('none');
    expect(audio?.hasAttribute('controls')).toBe(true);
    const link = screen.getByRole('link', { name: url });
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows any other address as text only', () => {
    const url = 'ftp://files.example.com/rec.mp3';
    render(<RecordingSection recording={{ url, safe: false }} />);
    expect(screen.getByTestId('recording-text').textContent).toBe(url);
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('audio')).toBeNull();
  });

  it('never links an address with a user name and password, even one marked safe', () => {
    const url = 'https://user:secret@storage.example.com/rec/abc.mp3';
    render(<RecordingSection recording={{ url, safe: true }} />);
    expect(screen.getByTestId('recording-text').textContent).toBe(url);
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('IdsSection', () => {
  it('copies an ID and says it did', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<IdsSection ids={{ callId: 'call-1', modelId: 'model-9' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Model ID' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('model-9'));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(screen.queryByText('External ID')).toBeNull();
  });

  it('falls back to a hidden textarea when the async clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('not focused')),
    } as unknown as Clipboard);
    const copied: string[] = [];
    document.execCommand = vi.fn(() => {
      copied.push(document.querySelector('textarea')?.value ?? '');
      return true;
    });
    render(<IdsSection ids={{ callId: 'call-1' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Call ID' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(copied).toEqual(['call-1']);
    expect(document.querySelector('textarea')).toBeNull();
  });
});

describe('OtherFieldsSection', () => {
  it('lists fields the card did not place, by JSON path', () => {
    render(
      <OtherFieldsSection
        fields={[
          { path: 'call.diversion', value: '+49301111' },
          { path: 'webhook_version', value: 2 },
        ]}
      />,
    );
    expect(screen.getByText('call.diversion').nextSibling?.textContent).toBe('+49301111');
    expect(screen.getByText('webhook_version').nextSibling?.textContent).toBe('2');
  });
});
