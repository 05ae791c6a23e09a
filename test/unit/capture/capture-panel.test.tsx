import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualNetworkSource, MAX_BODY_CHARS, type NetworkEntry } from '../../../src/capture';
import { CapturePanel } from '../../../src/ui/capture/CapturePanel';
import { retellEventText } from '../../support/retell-events';
import {
  analyzedText,
  eventually,
  harEntry,
  noAnswerText,
  voicemailText,
  webhookSitePage,
} from './har-fixtures';

afterEach(cleanup);

function openPanel(backfill: NetworkEntry[] = []) {
  const source = createManualNetworkSource(backfill);
  const onOpenInTab = vi.fn();
  render(<CapturePanel source={source} onOpenInTab={onOpenInTab} />);
  return { source, onOpenInTab };
}

const rows = () => screen.queryAllByTestId('capture-row');
const rowLeads = () => rows().map((row) => within(row).getByTestId('capture-row-lead').textContent);

/** A dashboard's fetch of three calls, then a webhook the page posts itself. */
async function panelWithCalls() {
  const panel = openPanel([
    harEntry({
      url: 'https://webhook.site/token/abc/requests?sorting=newest',
      responseBody: webhookSitePage([analyzedText, noAnswerText]),
    }),
  ]);
  panel.source.emit(
    harEntry({ method: 'POST', url: 'https://app.example.com/hook', requestBody: voicemailText }),
  );
  await eventually(() => expect(rows()).toHaveLength(3));
  return panel;
}

describe('CapturePanel', () => {
  it('says what it watches, and that capture runs only while DevTools is open', () => {
    openPanel();
    const empty = screen.getByTestId('capture-empty');
    expect(empty.textContent).toContain('JSON request bodies and JSON responses');
    expect(empty.textContent).toContain('Capture runs only while DevTools is open');
    expect(screen.queryByTestId('capture-list')).toBeNull();
  });

  it('fills the list from the backfill and live traffic, newest first', async () => {
    await panelWithCalls();
    expect(screen.queryByTestId('capture-empty')).toBeNull();
    expect(rowLeads()).toEqual(['Dana', 'Ana Costa', 'Marta Silva']);
    const [live, first] = rows();
    expect(live?.textContent).toContain('Retell AI');
    expect(live?.textContent).toContain('POST /hook request');
    expect(first?.textContent).toContain(
      'GET /token/abc/requests?sorting=newest response data[0].content',
    );
    expect(within(first as HTMLElement).getByTestId('capture-row-status').textContent).toContain(
      'Ended by the caller',
    );
    expect(first?.textContent).toContain('9:42');
    expect(screen.getByTestId('capture-list-count').textContent).toBe('3 calls');
  });

  it('opens a row’s card beside the list, and hands its payload and headers to "Open in tab"', async () => {
    const { onOpenInTab } = await panelWithCalls();
    expect(screen.queryByTestId('decoded')).toBeNull();
    fireEvent.click(rows()[1] as HTMLElement);
    expect(screen.getByTestId('decoded')).toBeTruthy();
    expect(screen.getByTestId('capture-origin').textContent).toBe(
      'GET /token/abc/requests?sorting=newest response data[0].content',
    );
    expect(rows()[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByTestId('capture-open-in-tab'));
    expect(onOpenInTab).toHaveBeenCalledWith(
      expect.objectContaining({
        rawBody: analyzedText,
        request: expect.objectContaining({
          headers: { 'x-retell-signature': [`v=1749714259000,d=${'ab'.repeat(32)}`] },
        }),
      }),
    );
  });

  it('filters by text and by status', async () => {
    await panelWithCalls();
    const text = screen.getByTestId('capture-filter-text');
    fireEvent.input(text, { target: { value: 'dana' } });
    expect(rowLeads()).toEqual(['Dana']);
    expect(screen.getByTestId('capture-list-count').textContent).toBe('1 of 3 calls');
    fireEvent.input(text, { target: { value: '' } });

    const status = screen.getByTestId('capture-filter-status') as HTMLSelectElement;
    const options = [...status.options].map((option) => option.textContent);
    expect(options).toEqual([
      'All outcomes',
      'Ended by the caller (1)',
      'No answer (1)',
      'Voicemail (1)',
    ]);
    fireEvent.change(status, { target: { value: 'no-answer' } });
    expect(rowLeads()).toEqual(['Marta Silva']);

    fireEvent.input(text, { target: { value: 'dana' } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByTestId('capture-no-match')).toBeTruthy();
  });

  it('moves the selection with the arrow keys, Home and End, and focus follows', async () => {
    await panelWithCalls();
    const list = screen.getByTestId('capture-list');
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[0]);
    expect(screen.getByTestId('capture-origin').textContent).toBe('POST /hook request');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows().map((row) => row.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(rows()[2]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('capture-origin').textContent).toBe('POST /hook request');
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('selects the focused row with Enter', async () => {
    await panelWithCalls();
    fireEvent.keyDown(rows()[0] as HTMLElement, { key: 'Enter' });
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('capture-origin').textContent).toBe('POST /hook request');
  });

  it('notes JSON traffic without call payloads, and large bodies not inspected', async () => {
    openPanel([
      harEntry({ responseBody: '{"user":{"id":1}}' }),
      harEntry({ responseBody: analyzedText, size: MAX_BODY_CHARS + 10 }),
      harEntry({ responseBody: '[1,2]', size: MAX_BODY_CHARS * 2 }),
    ]);
    const note = await screen.findByTestId('capture-json-without-call');
    expect(note.textContent).toBe(
      'This page’s traffic held JSON (1 body), but no call payload yet.',
    );
    expect(screen.getByTestId('capture-large-skipped').textContent).toBe(
      '2 large responses not inspected (over 5.0 MB each).',
    );
    expect(screen.getByTestId('capture-empty')).toBeTruthy();
  });

  it('ignores traffic while paused, and clears on request', async () => {
    const { source } = await panelWithCalls();
    const pause = screen.getByTestId('capture-pause');
    fireEvent.click(pause);
    expect(pause.textContent).toBe('Resume');
    expect(screen.getByTestId('capture-paused')).toBeTruthy();
    source.emit(harEntry({ responseBody: analyzedText }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rows()).toHaveLength(3);

    fireEvent.click(pause);
    expect(pause.textContent).toBe('Pause');
    fireEvent.click(screen.getByTestId('capture-clear'));
    expect(screen.getByTestId('capture-empty')).toBeTruthy();
    expect((screen.getByTestId('capture-clear') as HTMLButtonElement).disabled).toBe(true);
    source.emit(harEntry({ responseBody: noAnswerText }));
    await eventually(() => expect(rows()).toHaveLength(1));
  });

  it('keeps the list when the page navigates, unless preserve is unticked', async () => {
    const { source } = await panelWithCalls();
    const preserve = screen.getByTestId('capture-preserve') as HTMLInputElement;
    expect(preserve.checked).toBe(true);
    source.navigate('https://app.example.com/other');
    expect(rows()).toHaveLength(3);
    fireEvent.click(preserve);
    expect(preserve.checked).toBe(false);
    source.navigate('https://app.example.com/again');
    await eventually(() => expect(screen.getByTestId('capture-empty')).toBeTruthy());
  });

  it('notes how many old calls were dropped to stay within the limit', async () => {
    // 600 different calls: the same body twice would be one delivery, listed once.
    const entries = Array.from({ length: 3 }, (_, page) => {
      const calls = Array.from({ length: 200 }, (_, i) =>
        retellEventText('call_started', `call_${page}_${i}`),
      );
      return harEntry({ responseBody: `[${calls.join(',')}]` });
    });
    openPanel(entries);
    const note = await screen.findByTestId('capture-dropped', {}, { timeout: 25_000 });
    expect(note.textContent).toBe(
      'The list keeps the newest 500 calls; 100 older calls were dropped.',
    );
    expect(rows()).toHaveLength(500);
  }, 30_000);
});
