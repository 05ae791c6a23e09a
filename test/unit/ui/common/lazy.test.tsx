import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent, loader } from '../../../../src/ui/common/lazy';

afterEach(cleanup);

const Greeting = ({ name }: { name: string }) => <p data-testid="greeting">Hello {name}</p>;

describe('loader', () => {
  it('fetches a chunk once however often it is asked for, and keeps it', async () => {
    const load = vi.fn(async () => ({ Greeting }));
    const chunk = loader(load);
    expect(chunk.value).toBeUndefined();
    const [a, b] = await Promise.all([chunk(), chunk()]);
    expect(a).toBe(b);
    expect(chunk.value).toBe(a);
    await chunk();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next use after a failed fetch', async () => {
    const load = vi
      .fn<() => Promise<{ Greeting: typeof Greeting }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ Greeting });
    const chunk = loader(load);
    await expect(chunk()).rejects.toThrow('Failed to fetch');
    await expect(chunk()).resolves.toEqual({ Greeting });
  });
});

describe('lazyComponent', () => {
  it('renders the component with its props once its chunk is there', async () => {
    const Lazy = lazyComponent(
      loader(async () => ({ Greeting })),
      (chunk) => chunk.Greeting,
    );
    render(<Lazy name="Rosalind" />);
    expect((await screen.findByTestId('greeting')).textContent).toBe('Hello Rosalind');
  });

  it('says so when its chunk cannot be loaded, instead of staying blank', async () => {
    const Lazy = lazyComponent(
      loader<{ Greeting: typeof Greeting }>(() => Promise.reject(new TypeError('gone'))),
      (chunk) => chunk.Greeting,
    );
    render(<Lazy name="Rosalind" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Part of Hookline could not be loaded. Close and reopen this page.',
    );
  });
});
