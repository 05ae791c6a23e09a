import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeCallText } from '../../../../src/model/decode-call';
import { DecodedView } from '../../../../src/ui/result/DecodedView';
import { readFixture } from '../../model/vendors/golden';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A Retell call whose numbers JavaScript cannot hold: a 20-digit call id, 1e400, and nested ones. */
function payload(): string {
  return readFixture('retell', 'call-ended-agent-hangup.json')
    .replace('"call_id": "call_3c5e7a9b1d3f5a7c9e1b3d5f7a9"', '"call_id": 12345678901234567890')
    .replace(
      '"agent_version": 3',
      '"agent_version": 3, "big": 1e400, "nested": {"x": 98765432109876543210, "ok": 7}',
    )
    .replace('"metadata": {}', '"metadata": {"crm_id": 12345678901234567891}');
}

function mockClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  return writeText;
}

/** The value beside a row's label (`dt`) in a card section. */
function rowValue(section: string, label: string): string {
  const key = within(screen.getByTestId(section)).getByText(label, { selector: 'dt' });
  return key.nextElementSibling?.textContent ?? '';
}

describe('numbers JSON.parse cannot keep, on the card', () => {
  it('shows a 20-digit id as sent, says what JSON.parse gives, and copies it as sent', async () => {
    const writeText = mockClipboard();
    render(<DecodedView result={decodeCallText(payload())} />);
    expect(rowValue('ids', 'Call ID')).toBe(
      '12345678901234567890 shown as sent; JSON.parse gives 12345678901234567000Copy',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy Call ID' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('12345678901234567890'));
  });

  it('shows 1e400 in Other fields as sent, not null, and numbers inside an object as sent', () => {
    render(<DecodedView result={decodeCallText(payload())} />);
    expect(rowValue('other-fields', 'call.big')).toBe(
      '1e400 shown as sent; JSON.parse gives Infinity',
    );
    expect(rowValue('other-fields', 'call.nested')).toBe(
      '{\n  "x": 98765432109876543210,\n  "ok": 7\n}' +
        '98765432109876543210 is shown as sent; JSON.parse gives 98765432109876540000',
    );
    expect(rowValue('variables', 'crm_id')).toBe(
      '12345678901234567891 shown as sent; JSON.parse gives 12345678901234567000',
    );
  });

  it('explains on hover why the number is shown as sent', () => {
    render(<DecodedView result={decodeCallText(payload())} />);
    const mark = within(screen.getByTestId('ids')).getByTestId('as-sent');
    expect(mark.getAttribute('title')).toMatch(/JavaScript number cannot hold this exactly/);
  });
});

describe('numbers JSON.parse cannot keep, in the raw JSON', () => {
  const openRaw = () => fireEvent.click(screen.getByText('Raw JSON'));
  const rows = () => screen.getAllByTestId('raw-row').map((row) => row.textContent);

  it('shows them as sent in the tree, the text view and every copy', async () => {
    const writeText = mockClipboard();
    render(<DecodedView result={decodeCallText(payload())} />);
    openRaw();
    expect(rows()).toContain(
      'call_id: 12345678901234567890 shown as sent; JSON.parse gives 12345678901234567000',
    );
    expect(rows()).toContain('big: 1e400 shown as sent; JSON.parse gives Infinity');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the whole document, minified' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const minified = writeText.mock.lastCall?.[0] ?? '';
    expect(minified).toContain('"call_id":12345678901234567890,');
    expect(minified).toContain('"big":1e400,"nested":{"x":98765432109876543210,"ok":7}');
    fireEvent.click(screen.getByTestId('raw-mode-text'));
    expect(screen.getByTestId('raw-json-text').textContent).toContain('"big": 1e400,');
  });

  it('copies a selected number as sent', async () => {
    const writeText = mockClipboard();
    render(<DecodedView result={decodeCallText(payload())} />);
    openRaw();
    const big = screen.getAllByTestId('raw-row').find((row) => row.textContent?.startsWith('big:'));
    fireEvent.click(big as Element);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the selected value' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('1e400'));
  });
});
