import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RequestToolsContext } from '../../../src/ui/verify/request-tools-deps';
import { loadResult } from '../../../src/ui/workbench/load-result';
import { EDIT_LIMIT_CHARS, HOLD_CHARS, Workbench } from '../../../src/ui/workbench/Workbench';
import seed from '../../fixtures/synthflow/seed-example.json?raw';
import { fakePort, memoryStore } from './verify/fakes';

// The page fetches the decoders' chunk when idle, well before a paste; so do these tests (its
// loading on demand is tested in workbench/use-decoder.test.tsx).
beforeAll(() => loadResult());
afterEach(cleanup);

const pasteBox = () => screen.getByRole('textbox', { name: 'Webhook payload' });

function type(text: string) {
  fireEvent.input(pasteBox(), { target: { value: text } });
}

/** A call payload well over the hold limit: a long transcript. */
function bigPayload(): string {
  const line = '\nbot:  Tell me more about the car you want to buy, please.';
  const transcript = line.repeat(Math.ceil((HOLD_CHARS * 1.5) / line.length));
  return JSON.stringify({ status: 'completed', call: { status: 'completed', transcript } });
}

describe('Workbench', () => {
  it('starts with a sentence saying what to do, a bin URL included', () => {
    render(<Workbench />);
    expect(screen.getByTestId('empty-state').textContent).toBe(
      'Paste a call webhook payload or a request-bin URL (webhook.site, Svix Play, smee.io) to watch calls arrive, drop a .json file, or try an example.',
    );
    expect(screen.getByTestId('paste-box').getAttribute('placeholder')).toContain(
      'URL of a request bin',
    );
  });

  it('decodes a pasted payload shortly after typing stops and shows its card', async () => {
    render(<Workbench />);
    type(seed);
    const badge = await screen.findByTestId('status-badge');
    expect(badge.textContent).toContain('Ended by the agent');
    expect(screen.getByTestId('call-source').textContent).toBe('Synthflow post-call webhook');
    expect(screen.getByTestId('end-reason').textContent).toContain('Assistant said goodbye');
    expect(screen.getAllByTestId('turn')).toHaveLength(4);
    expect(screen.getByTestId('tool-result').textContent).toContain('car');
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });

  it('decodes a small paste at once, without waiting for typing to stop', () => {
    vi.useFakeTimers();
    try {
      render(<Workbench />);
      fireEvent.paste(pasteBox(), { clipboardData: { getData: () => seed } });
      type(seed);
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.getByTestId('call-card')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for typing to stop before decoding what is typed', () => {
    vi.useFakeTimers();
    try {
      render(<Workbench />);
      type(seed);
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.queryByTestId('call-card')).toBeNull();
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(screen.getByTestId('call-card')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands a pasted address to the page instead of reporting broken JSON', async () => {
    render(
      <Workbench
        address={{
          isAddress: (text) => text.trim().startsWith('https://'),
          render: (address) => <p data-testid="address-view">{`bin ${address}`}</p>,
        }}
      />,
    );
    type('  https://webhook.site/abc  ');
    expect((await screen.findByTestId('address-view')).textContent).toBe(
      'bin https://webhook.site/abc',
    );
    expect(screen.queryByTestId('problem')).toBeNull();
  });

  it('shows what the page adds under the empty state, and lets it fill the box', async () => {
    render(
      <Workbench
        renderEmpty={(open) => (
          <button type="button" onClick={() => open(seed)}>
            reopen
          </button>
        )}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'reopen' }));
    expect(await screen.findByTestId('call-card')).toBeTruthy();
  });

  it('says so when the payload could not be handed to a tab', async () => {
    render(<Workbench initialText={seed} onOpenInTab={() => Promise.reject(new Error('quota'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/could not be handed to a tab/);
  });

  it('decodes at once on Ctrl+Enter', () => {
    render(<Workbench />);
    type(seed);
    fireEvent.keyDown(pasteBox(), { key: 'Enter', ctrlKey: true });
    expect(screen.getByTestId('call-card')).toBeTruthy();
  });

  it('shows the line and column of malformed JSON', async () => {
    render(<Workbench />);
    type('{\n  "status": "completed",\n  "call": {,}\n}');
    const position = await screen.findByTestId('problem-position');
    expect(position.textContent).toBe('Line 3, column 12');
  });

  it('loads the vendor’s example in one click', async () => {
    const onTextChange = vi.fn();
    render(<Workbench onTextChange={onTextChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try an example' }));
    expect(await screen.findByTestId('call-card')).toBeTruthy();
    expect(pasteBox()).toHaveProperty('value', seed);
    expect(onTextChange).toHaveBeenLastCalledWith(seed);
  });

  it('restores its initial text and decodes it', async () => {
    render(<Workbench initialText={seed} />);
    expect(pasteBox()).toHaveProperty('value', seed);
    expect(await screen.findByTestId('call-card')).toBeTruthy();
  });

  it('checks and sends a handed-over request with its headers until its text is edited', async () => {
    const deps = { secrets: memoryStore(), replay: fakePort() };
    render(
      <RequestToolsContext.Provider value={deps}>
        <Workbench
          initialText={seed}
          initialRequest={{
            headers: { 'x-retell-signature': 'v=1,d=ab' },
            contentType: 'text/json',
          }}
        />
      </RequestToolsContext.Provider>,
    );
    await screen.findByTestId('call-card');
    expect(screen.getByTestId('signature-scheme')).toHaveProperty('value', 'retell');
    expect(screen.queryByTestId('signature-no-headers')).toBeNull();
    expect(screen.getByTestId('send-choice-as-received')).toHaveProperty('checked', true);
    type(`${seed} `);
    await screen.findByTestId('signature-no-headers');
    expect(screen.queryByTestId('send-choice-as-received')).toBeNull();
  });

  it('reports every change so the page can keep it, and clears only when asked', async () => {
    const onTextChange = vi.fn();
    render(<Workbench onTextChange={onTextChange} />);
    type('{"status"');
    expect(onTextChange).toHaveBeenLastCalledWith('{"status"');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onTextChange).toHaveBeenLastCalledWith('');
    expect(pasteBox()).toHaveProperty('value', '');
    expect(screen.getByTestId('empty-state')).toBeTruthy();
  });

  it('hands the current text to "Open in tab" when the page offers it', () => {
    const onOpenInTab = vi.fn();
    const { rerender } = render(<Workbench />);
    expect(screen.queryByRole('button', { name: 'Open in tab' })).toBeNull();
    rerender(<Workbench onOpenInTab={onOpenInTab} />);
    type(seed);
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(onOpenInTab).toHaveBeenCalledWith(seed);
  });

  it('opens an empty tab too, so the popup always leads to the full viewer', () => {
    const onOpenInTab = vi.fn();
    render(<Workbench onOpenInTab={onOpenInTab} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in tab' }));
    expect(onOpenInTab).toHaveBeenCalledWith('');
  });

  it('keeps a huge paste out of the text box, shows its size and decodes it once', async () => {
    const onTextChange = vi.fn();
    render(<Workbench onTextChange={onTextChange} />);
    const payload = bigPayload();
    fireEvent.paste(pasteBox(), { clipboardData: { getData: () => payload } });
    expect(screen.queryByRole('textbox', { name: 'Webhook payload' })).toBeNull();
    expect(screen.getByTestId('held-paste').textContent).toMatch(/^Pasted \d+\.\d KB/);
    expect(onTextChange).toHaveBeenLastCalledWith(payload);
    expect(await screen.findByTestId('call-card')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit anyway' }));
    expect(pasteBox()).toHaveProperty('value', payload);
  });

  it('offers no "Edit anyway" for a text too large to edit without freezing the page, and says why', async () => {
    render(<Workbench />);
    const payload = JSON.stringify({ call: { transcript: 'x'.repeat(EDIT_LIMIT_CHARS) } });
    fireEvent.paste(pasteBox(), { clipboardData: { getData: () => payload } });
    expect(screen.queryByRole('button', { name: 'Edit anyway' })).toBeNull();
    expect(screen.getByTestId('too-large-to-edit').textContent).toBe(
      'Too large to edit here (over 2.0 MB): edit it in a text editor, then paste or drop it again.',
    );
  });

  it('holds a huge text typed or dropped into the box as it does a paste, and decodes it at once', async () => {
    const onTextChange = vi.fn();
    render(<Workbench onTextChange={onTextChange} />);
    type('{"status": ');
    const payload = bigPayload();
    type(payload);
    expect(screen.queryByRole('textbox', { name: 'Webhook payload' })).toBeNull();
    expect(screen.getByTestId('held-paste').textContent).toMatch(/^Pasted \d+\.\d KB/);
    expect(onTextChange).toHaveBeenLastCalledWith(payload);
    expect(await screen.findByTestId('call-card')).toBeTruthy();
  });

  it('leaves a huge text in the box once "Edit anyway" put it there', async () => {
    render(<Workbench initialText={bigPayload()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit anyway' }));
    const edited = bigPayload().replace('"completed"', '"busy"');
    type(edited);
    expect(pasteBox()).toHaveProperty('value', edited);
    expect(screen.queryByTestId('held-paste')).toBeNull();
  });

  it('says when the page could not keep the text, until it can again', async () => {
    const onTextChange = vi.fn(async (text: string) => text.length < 100);
    render(<Workbench onTextChange={onTextChange} />);
    fireEvent.paste(pasteBox(), { clipboardData: { getData: () => bigPayload() } });
    expect((await screen.findByTestId('not-kept')).textContent).toMatch(
      /could not be kept .* gone when this page closes/,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear' })[0] as HTMLElement);
    await waitFor(() => expect(screen.queryByTestId('not-kept')).toBeNull());
  });

  it('clears a held paste from its chip', async () => {
    render(<Workbench />);
    const payload = bigPayload();
    fireEvent.paste(pasteBox(), { clipboardData: { getData: () => payload } });
    await screen.findByTestId('call-card');
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear' })[0] as HTMLElement);
    expect(pasteBox()).toHaveProperty('value', '');
    expect(screen.queryByTestId('call-card')).toBeNull();
  });

  it('opens a .json file picked with the file button', async () => {
    render(<Workbench />);
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const file = new File([seed], 'call.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByTestId('call-card')).toBeTruthy();
    expect(screen.getByText('Opened call.json.')).toBeTruthy();
  });

  it('warns when an opened file had bytes that are not UTF-8, saying how many and where', async () => {
    render(<Workbench />);
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const bad = new Uint8Array([0xff, 0xfe]);
    const file = new File(['{"note": "', bad, `", ${seed.slice(1)}`], 'latin1.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByTestId('call-card')).toBeTruthy();
    expect(screen.getByTestId('workbench-notice').textContent).toBe(
      'Opened latin1.json, but 2 bytes were not valid UTF-8 and were replaced with \ufffd (the first at byte offset 10). The payload may not be what was sent.',
    );
  });

  it('opens a .json file dropped anywhere on the page', async () => {
    render(<Workbench />);
    const file = new File([seed], 'dropped.json', { type: 'application/json' });
    const dataTransfer = { types: ['Files'], files: [file] };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop the .json file to open it')).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    expect(await screen.findByTestId('call-card')).toBeTruthy();
    expect(screen.queryByText('Drop the .json file to open it')).toBeNull();
  });

  it('renders the header and aside slots the page passes', () => {
    render(<Workbench header={<p>bin box</p>} aside={<p>network list</p>} />);
    expect(screen.getByText('bin box')).toBeTruthy();
    expect(screen.getByRole('complementary').textContent).toBe('network list');
  });
});

describe('the paste box once something is shown', () => {
  it('shrinks to one line when a card is shown, and is a full box again when cleared', async () => {
    const oneLine = () => screen.getByTestId('paste-box').classList.contains('paste-box--line');
    render(<Workbench />);
    expect(oneLine()).toBe(false);
    fireEvent.input(screen.getByTestId('paste-box'), { target: { value: seed } });
    await screen.findByTestId('status-badge');
    expect(oneLine()).toBe(true);
    expect(screen.getByTestId('paste-box').getAttribute('rows')).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(oneLine()).toBe(false);
  });
});
