import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeCallText as decode } from '../../../../src/model/decode-call';
import { JsonViewer } from '../../../../src/ui/raw/JsonViewer';
import { revealPath } from '../../../../src/ui/raw/reveal';
import { DecodedView } from '../../../../src/ui/result/DecodedView';
import { RawJsonSection } from '../../../../src/ui/result/RawJsonSection';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const doc = {
  status: 'completed',
  call: { transcript: 'bot: Hello', duration: 32, tags: ['a', 'b', 'c'] },
  executed_actions: {
    extract_info_1: {
      return_value: '{"car":"purchase car","budget":[1000,2000]}',
      name: '<img src=x onerror="window.__pwned=1">',
    },
  },
};

const rows = () => screen.getAllByTestId('raw-row').map((row) => row.textContent);
const row = (text: string) => {
  const found = screen.getAllByTestId('raw-row').find((each) => each.textContent?.startsWith(text));
  if (!found) throw new Error(`no row starting ${text}: ${rows().join(' | ')}`);
  return found;
};
const tree = () => screen.getByRole('tree');
const key = (name: string) => fireEvent.keyDown(tree(), { key: name });

function mockClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  return writeText;
}

describe('the raw JSON tree', () => {
  it('shows members with syntax colours and sizes, and folds a container by its toggle', () => {
    render(<JsonViewer json={doc} />);
    expect(rows()).toEqual([
      '▾(root): {3}',
      'status: "completed"',
      '▾call: {3}',
      'transcript: "bot: Hello"',
      'duration: 32',
      '▸tags: [3]',
      '▾executed_actions: {1}',
      '▸extract_info_1: {2}',
    ]);
    expect(row('status').querySelector('.raw-row__string')?.textContent).toBe('"completed"');
    expect(row('duration').querySelector('.raw-row__number')).toBeTruthy();

    fireEvent.click(row('▾call').querySelector('[data-testid="raw-toggle"]') as Element);
    expect(rows()).not.toContain('duration: 32');
    expect(row('▸call').getAttribute('aria-expanded')).toBe('false');
  });

  it('expands and collapses all, with thousands in a collapsed size', () => {
    render(<JsonViewer json={{ list: Array.from({ length: 3400 }, (_, i) => i), doc }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(rows()).toEqual(['▾(root): {2}', '▸list: [3,400]', '▸doc: {3}']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(rows()).toContain('0: 0');
    // Only the rows in view are in the page, not 3,400 of them.
    expect(screen.getAllByTestId('raw-row').length).toBeLessThan(40);
  });

  it('moves with the arrow keys, folds with left and right, toggles with Enter', () => {
    render(<JsonViewer json={doc} />);
    key('ArrowDown');
    key('ArrowDown');
    expect(screen.getByTestId('raw-path').textContent).toBe('call');
    key('ArrowLeft');
    expect(rows()).not.toContain('duration: 32');
    key('ArrowRight');
    expect(rows()).toContain('duration: 32');
    key('ArrowRight');
    expect(screen.getByTestId('raw-path').textContent).toBe('call.transcript');
    key('ArrowLeft');
    expect(screen.getByTestId('raw-path').textContent).toBe('call');
    key('Enter');
    expect(row('▸call')).toBeTruthy();
    expect(tree().getAttribute('aria-activedescendant')).toBe(row('▸call').id);
  });

  it('filters by key or value, keeping the path to each match', async () => {
    render(<JsonViewer json={doc} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter keys and values' }), {
      target: { value: 'DURATION' },
    });
    await waitFor(() => expect(rows()).toEqual(['▾(root): {3}', '▾call: {3}', 'duration: 32']));
    expect(screen.getByTestId('raw-matches').textContent).toBe('1 match');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'purchase' } });
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows()[3]).toMatch(/^return_value: /);
  });

  it('copies the selected value and its JSON path', async () => {
    const writeText = mockClipboard();
    render(<JsonViewer json={doc} />);
    fireEvent.click(row('▾executed_actions'));
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    expect(screen.getByTestId('raw-path').textContent).toBe(
      'executed_actions.extract_info_1.return_value',
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Copy the JSON path of the selected value' }),
    );
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith('executed_actions.extract_info_1.return_value'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the selected value' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(doc.executed_actions.extract_info_1.return_value),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the whole document, minified' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(JSON.stringify(doc)));
  });

  it('opens a string holding JSON in place, with paths through it', () => {
    render(<JsonViewer json={doc} />);
    fireEvent.click(row('▸extract_info_1').querySelector('[data-testid="raw-toggle"]') as Element);
    fireEvent.click(screen.getByRole('button', { name: 'Show this text as the JSON it holds' }));
    expect(rows()).toContain('▾return_value: {2} JSON in a string');
    expect(rows()).toContain('car: "purchase car"');
    fireEvent.click(row('car'));
    expect(screen.getByTestId('raw-path').textContent).toBe(
      'executed_actions.extract_info_1.return_value.car',
    );
  });

  it('shows markup in the payload as text', () => {
    const { container } = render(<JsonViewer json={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(row('name').textContent).toBe('name: "<img src=x onerror=\\"window.__pwned=1\\">"');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('revealing a path', () => {
  it('opens the raw view and the containers above it, and highlights its row', async () => {
    render(<RawJsonSection json={doc} />);
    expect(screen.queryByTestId('raw-tree')).toBeNull();
    act(() => {
      expect(revealPath('executed_actions.extract_info_1.return_value.budget[1]')).toBe(true);
    });
    await waitFor(() =>
      expect(screen.getByTestId('raw-path').textContent).toBe(
        'executed_actions.extract_info_1.return_value.budget[1]',
      ),
    );
    const revealed = screen.getByTestId('raw-json').querySelector('.raw-row--revealed');
    expect(revealed?.textContent).toBe('1: 2000');
    expect(revealed?.getAttribute('aria-selected')).toBe('true');
  });

  it('reveals a problem’s JSON path from the problem list', async () => {
    const result = decode(
      JSON.stringify({ status: 'completed', call: { status: 'completed', duration: 'abc' } }),
    );
    const problem = result.problems.find((each) => each.path === 'call.duration');
    expect(problem).toBeDefined();
    render(<DecodedView result={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show call.duration in the raw JSON' }));
    await waitFor(() => expect(screen.getByTestId('raw-path').textContent).toBe('call.duration'));
    expect(screen.getByTestId('raw-json').querySelector('.raw-row--revealed')?.textContent).toBe(
      'duration: "abc"',
    );
  });
});
