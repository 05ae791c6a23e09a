import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../src/model/decode-call';
import { RAW_JSON_PREVIEW_CHARS } from '../../../src/ui/raw/JsonText';
import { DecodedView } from '../../../src/ui/result/DecodedView';
import { ProblemList } from '../../../src/ui/result/ProblemList';
import { makeResult } from './call/make-record';

afterEach(cleanup);

describe('ProblemList', () => {
  it('shows a JSON syntax error with its line, column and a monospace excerpt with a caret', () => {
    const { problems } = decodeCallText('{"a": 1,\n "b": }');
    render(<ProblemList problems={problems} />);
    const problem = screen.getByTestId('problem');
    expect(within(problem).getByTestId('problem-position').textContent).toBe('Line 2, column 7');
    const excerpt = problem.querySelector('pre');
    expect(excerpt?.textContent).toBe(' "b": }\n      ^');
    expect(problem.textContent).toContain('Error:');
  });

  it('names the JSON path of each problem, and the whole document for the root', () => {
    render(
      <ProblemList
        problems={[
          {
            severity: 'warning',
            path: 'call.duration',
            expected: 'a number of seconds',
            found: 'the string "abc"',
            message: 'The duration is not a number.',
          },
          {
            severity: 'error',
            path: '',
            expected: 'an object',
            found: 'a list',
            message: 'This is not a payload.',
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: '2 problems' })).toBeTruthy();
    const [first, second] = screen.getAllByTestId('problem');
    expect(first?.textContent).toContain('Warning: The duration is not a number.');
    expect(first?.textContent).toContain('call.duration');
    expect(first?.textContent).toContain('Expected a number of seconds; found the string "abc".');
    expect(second?.textContent).toContain('(whole document)');
  });
});

describe('DecodedView', () => {
  const warning = (n: number) => ({
    severity: 'warning' as const,
    path: `call.field${n}`,
    expected: 'an IANA time zone',
    found: 'the string "Mars"',
    message: `The time zone ${n} is not known.`,
  });

  it('folds warnings into one line above the card, expandable, without hiding the card', () => {
    const problems = Array.from({ length: 8 }, (_, n) => warning(n));
    render(<DecodedView result={makeResult({ problems })} />);
    const warnings = screen.getByTestId('warnings') as HTMLDetailsElement;
    expect(warnings.open).toBe(false);
    expect(warnings.querySelector('summary')?.textContent).toBe('8 warnings');
    expect(within(warnings).getAllByTestId('problem')).toHaveLength(8);
    const card = screen.getByTestId('call-card');
    expect(warnings.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps errors open', () => {
    render(<DecodedView result={decodeCallText('{"a": }')} />);
    expect(screen.queryByTestId('warnings')).toBeNull();
    expect(screen.getByTestId('problem').textContent).toContain('Error:');
  });

  it('notes what the payload was unwrapped from', () => {
    render(<DecodedView result={makeResult({ unwrappedFrom: 'a webhook.site request' })} />);
    expect(screen.getByTestId('unwrapped-from').textContent).toBe(
      'Unwrapped from a webhook.site request.',
    );
  });

  it('says what a payload that is not a call is, with its facts and raw JSON', () => {
    const result = decodeCallText(
      '{"event":"transfer_started","call":{"call_id":"call_1","agent_id":"agent_1","transfer_destination":"+15550100"}}',
    );
    render(<DecodedView result={result} />);
    expect(screen.queryByTestId('call-card')).toBeNull();
    const summary = screen.getByTestId('not-a-call');
    expect(summary.textContent).toContain(result.format.label);
    expect(summary.textContent).toContain(result.format.description);
    expect(summary.textContent).toContain('+15550100');
    expect(screen.getByTestId('raw-json')).toBeTruthy();
  });

  it('shows only the problem for text that is not JSON', () => {
    render(<DecodedView result={decodeCallText('hello')} />);
    expect(screen.getByTestId('problem')).toBeTruthy();
    expect(screen.queryByTestId('call-card')).toBeNull();
    expect(screen.queryByTestId('not-a-call')).toBeNull();
    expect(screen.queryByTestId('raw-json')).toBeNull();
  });

  it('builds the raw JSON only once it is opened, as a tree with a text mode', () => {
    render(<DecodedView result={makeResult({ json: { status: 'completed', n: 1 } })} />);
    expect(screen.queryByTestId('raw-tree')).toBeNull();
    fireEvent.click(screen.getByText('Raw JSON'));
    expect(screen.getAllByTestId('raw-row').map((row) => row.textContent)).toEqual([
      '▾(root): {2}',
      'status: "completed"',
      'n: 1',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Text' }));
    expect(screen.getByTestId('raw-json-text').textContent).toBe(
      '{\n  "status": "completed",\n  "n": 1\n}',
    );
    expect(
      screen.getByRole('button', { name: 'Copy the whole document, pretty-printed' }),
    ).toBeTruthy();
  });

  it('caps a multi-megabyte raw JSON text until asked to show all', () => {
    const json = { transcript: 'x'.repeat(RAW_JSON_PREVIEW_CHARS * 2) };
    render(<DecodedView result={makeResult({ json })} />);
    fireEvent.click(screen.getByText('Raw JSON'));
    fireEvent.click(screen.getByRole('button', { name: 'Text' }));
    expect(screen.getByTestId('raw-json-text').textContent).toHaveLength(RAW_JSON_PREVIEW_CHARS);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByTestId('raw-json-text').textContent?.length).toBeGreaterThan(
      RAW_JSON_PREVIEW_CHARS * 2,
    );
  });
});
