import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadResult } from '../../../../src/ui/workbench/load-result';
import { Workbench } from '../../../../src/ui/workbench/Workbench';
import seed from '../../../fixtures/synthflow/seed-example.json?raw';

// The page fetches the decoders' chunk when idle, well before a paste.
beforeAll(() => loadResult());

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('a paste or drop the moment the page opens', () => {
  it('shows its card, though the page had not yet run its after-paint work', async () => {
    root = document.body.appendChild(document.createElement('div'));
    // Plain render, not testing-library's: its act() runs effects at once, which a browser runs
    // only after the first paint. A user pressing Ctrl+V as the popup opens lands in between.
    render(<Workbench initialText="" />, root);
    fireEvent.paste(screen.getByTestId('paste-box'), { clipboardData: { getData: () => seed } });
    fireEvent.input(screen.getByTestId('paste-box'), { target: { value: seed } });
    await waitFor(() => expect(screen.getByTestId('status-badge').textContent).toContain('agent'));
  });

  it('opens a file dropped before the first paint, instead of leaving it to the browser', async () => {
    root = document.body.appendChild(document.createElement('div'));
    render(<Workbench initialText="" />, root);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    const file = new File([seed], 'call.json', { type: 'application/json' });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getByTestId('status-badge').textContent).toContain('agent'));
  });
});
