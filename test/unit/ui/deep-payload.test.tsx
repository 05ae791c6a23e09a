import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCallText as decode } from '../../../src/model/decode-call';
import { DecodedView } from '../../../src/ui/result/DecodedView';
import { Workbench } from '../../../src/ui/workbench/Workbench';
import seed from '../../fixtures/synthflow/seed-example.json?raw';

afterEach(cleanup);

const pasteBox = () => screen.getByRole('textbox', { name: 'Webhook payload' });

function type(text: string) {
  fireEvent.input(pasteBox(), { target: { value: text } });
}

/** `depth` nested arrays as text, built without recursion. */
function deepArray(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

describe('a deeply nested payload', () => {
  it('shows the card for a 5,000-deep array in call.metadata, and a later paste still works', async () => {
    const payload = JSON.parse(seed) as { call: Record<string, unknown> };
    const text = JSON.stringify(payload).replace(
      '"call":{',
      `"call":{"metadata":${deepArray(5000)},`,
    );
    render(<Workbench />);
    type(text);
    expect((await screen.findByTestId('status-badge')).textContent).toContain('Ended by the agent');
    expect(screen.getByTestId('other-fields').textContent).toContain('call.metadata');

    type(seed.replace('David', 'Grace'));
    await screen.findByText('Grace');
  });
});

describe('the raw JSON of a 100,000-deep document', () => {
  it('shows text instead of staying empty', () => {
    const text = deepArray(100_000);
    render(<DecodedView result={decode(text)} />);
    fireEvent.click(screen.getByText('Raw JSON'));
    expect(screen.getAllByTestId('raw-row')[2]?.textContent).toBe('▸0: [1]');
    fireEvent.click(screen.getByRole('button', { name: 'Text' }));
    expect(screen.getByTestId('raw-json-text').textContent?.startsWith('[\n  [\n    [')).toBe(true);
  });
});
