import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranscriptSection } from '../../../../src/ui/call/TranscriptSection';
import { makeRecord, makeTurns, seedTurns, withTurns } from './make-record';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const seed = withTurns(seedTurns);
/** Thousands of turns in jsdom take seconds when the machine is busy: time, not a hang. */
const SLOW = 20_000;

function search(query: string) {
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search the transcript' }), {
    target: { value: query },
  });
}

function pressEnter(shiftKey = false) {
  fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter', shiftKey });
}

const currentMark = () => document.querySelector('mark.match--current');

describe('TranscriptSection (v2 card)', () => {
  it('shows each turn labelled with its speaker in words, agent and caller styled apart', () => {
    render(<TranscriptSection call={seed} />);
    const turns = screen.getAllByTestId('turn');
    expect(turns).toHaveLength(4);
    expect(within(turns[0] as HTMLElement).getByText('Agent')).toBeTruthy();
    expect(within(turns[1] as HTMLElement).getByText('Caller')).toBeTruthy();
    expect(turns[0]?.className).not.toBe(turns[1]?.className);
    expect(turns[1]?.textContent).toContain('Yes. I want to buy a car.');
  });

  it('counts the turns', () => {
    render(<TranscriptSection call={seed} />);
    expect(screen.getByTestId('turn-count').textContent).toBe('4 turns');
  });

  it('says there is no transcript when the payload has none', () => {
    render(<TranscriptSection call={makeRecord()} />);
    expect(screen.getByText('This payload has no transcript.')).toBeTruthy();
    expect(screen.queryByTestId('turn')).toBeNull();
  });

  it('says the transcript is empty when it was sent blank', () => {
    render(<TranscriptSection call={makeRecord({ transcript: { state: 'empty', turns: [] } })} />);
    expect(screen.getByTestId('transcript-empty').textContent).toContain('The transcript is empty');
  });

  it('highlights every match, case-insensitively, and says which one is current', () => {
    render(<TranscriptSection call={seed} />);
    search('CAR');
    const marks = document.querySelectorAll('mark');
    expect(Array.from(marks, (mark) => mark.textContent)).toEqual(['car', 'car']);
    expect(screen.getByTestId('match-position').textContent).toBe('1 of 2');
    expect(currentMark()?.closest('[data-testid="turn"]')?.textContent).toContain(
      'Yes. I want to buy a car.',
    );
  });

  it('jumps between matches with Enter, Shift+Enter and the arrow buttons, wrapping around', () => {
    render(<TranscriptSection call={seed} />);
    search('car');
    pressEnter();
    expect(screen.getByTestId('match-position').textContent).toBe('2 of 2');
    expect(currentMark()?.closest('[data-testid="turn"]')?.textContent).toContain('buy a car by');
    pressEnter();
    expect(screen.getByTestId('match-position').textContent).toBe('1 of 2');
    pressEnter(true);
    expect(screen.getByTestId('match-position').textContent).toBe('2 of 2');
    fireEvent.click(screen.getByRole('button', { name: 'Next match (Enter)' }));
    expect(screen.getByTestId('match-position').textContent).toBe('1 of 2');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match (Shift+Enter)' }));
    expect(screen.getByTestId('match-position').textContent).toBe('2 of 2');
  });

  it('says when nothing matches and keeps the text intact', () => {
    render(<TranscriptSection call={seed} />);
    search('boat');
    expect(screen.getByTestId('match-position').textContent).toBe('No matches');
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next match (Enter)' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('treats the query as literal text, not a pattern', () => {
    render(<TranscriptSection call={seed} />);
    search('[company]');
    expect(Array.from(document.querySelectorAll('mark'), (m) => m.textContent)).toEqual([
      '[company]',
    ]);
  });

  it(
    'renders a long call progressively, first turns at once',
    async () => {
      render(<TranscriptSection call={withTurns(makeTurns(1000))} />);
      const firstPaint = screen.getAllByTestId('turn').length;
      expect(firstPaint).toBeGreaterThan(0);
      expect(firstPaint).toBeLessThan(1000);
      await waitFor(() => expect(screen.getAllByTestId('turn')).toHaveLength(1000), {
        timeout: SLOW,
      });
      expect(screen.getByTestId('turn-count').textContent).toBe('1000 turns');
    },
    SLOW * 2,
  );

  it(
    'finds and reveals a match in a turn that was not rendered yet',
    async () => {
      const turns = makeTurns(5000, (i) => (i === 4321 ? 'the needle is here' : `Turn ${i}`));
      render(<TranscriptSection call={withTurns(turns)} />);
      search('needle');
      expect(screen.getByTestId('match-position').textContent).toBe('1 of 1');
      await waitFor(() => expect(currentMark()?.textContent).toBe('needle'), { timeout: SLOW });
      expect(currentMark()?.closest('[data-testid="turn"]')?.textContent).toContain(
        'the needle is here',
      );
    },
    SLOW * 2,
  );

  it('copies the transcript as plain text, one turn a line', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const turns = [
      { role: 'agent' as const, label: 'bot', text: 'Hello,\nhow are you?', offsetSeconds: 0.4 },
      { role: 'event' as const, label: 'node_transition', text: 'Start → Ask' },
      { role: 'caller' as const, label: 'human', text: 'Fine.', offsetSeconds: 62.9 },
    ];
    render(<TranscriptSection call={withTurns(turns)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy transcript' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText).toHaveBeenCalledWith(
      '0:00 Agent: Hello, how are you?\nnode_transition: Start → Ask\n1:02 Caller: Fine.',
    );
    await screen.findByRole('button', { name: 'Copied' });
  });
});
