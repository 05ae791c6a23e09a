import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { TranscriptSection } from '../../../../src/ui/call/TranscriptSection';
import { seedTurns, withTurns } from './make-record';

afterEach(cleanup);

it('puts the current match in the middle of the view, not at its edge', async () => {
  const scrolled = vi.fn();
  // happy-dom lays nothing out; the call is what the browser would act on.
  Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
    value: scrolled,
    configurable: true,
  });
  render(<TranscriptSection call={withTurns(seedTurns)} />);
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search the transcript' }), {
    target: { value: 'car' },
  });
  await waitFor(() => expect(scrolled).toHaveBeenCalled());
  expect(scrolled).toHaveBeenLastCalledWith({ block: 'center' });
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
});
