import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GrantedOrigins, RecentBins } from '../../../src/ui/bins';

afterEach(cleanup);

const bin = (n: number) => ({
  url: `https://webhook.site/${String(n).padStart(8, '0')}-4c5d-4e6f-8a9b-0c1d2e3f4a5b`,
  label: `webhook.site bin ${String(n).padStart(8, '0')}…`,
});

describe('RecentBins', () => {
  it('reopens a bin in one click', () => {
    const onOpen = vi.fn();
    render(<RecentBins list={[bin(1), bin(2)]} onOpen={onOpen} onRemove={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: bin(2).label }));
    expect(onOpen).toHaveBeenCalledWith(bin(2).url);
  });

  it('removes one bin by its own Remove button', () => {
    const onRemove = vi.fn();
    render(<RecentBins list={[bin(1), bin(2)]} onOpen={vi.fn()} onRemove={onRemove} />);
    fireEvent.click(
      screen.getByRole('button', { name: `Remove ${bin(1).label} from recent bins` }),
    );
    expect(onRemove).toHaveBeenCalledWith(bin(1).url);
  });

  it('lists at most ten, in the order given', () => {
    const list = Array.from({ length: 12 }, (_, n) => bin(n));
    render(<RecentBins list={list} onOpen={vi.fn()} onRemove={vi.fn()} />);
    const shown = screen.getAllByTestId('recent-bin');
    expect(shown).toHaveLength(10);
    expect(shown[0]?.textContent).toContain(bin(0).label);
  });

  it('takes no room when no bin was opened yet', () => {
    const { container } = render(<RecentBins list={[]} onOpen={vi.fn()} onRemove={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('GrantedOrigins', () => {
  it('lists each granted site with a Revoke button for it', () => {
    const onRevoke = vi.fn();
    render(
      <GrantedOrigins
        list={['https://webhook.site', 'https://api.play.svix.com']}
        onRevoke={onRevoke}
      />,
    );
    const [first, second] = screen.getAllByTestId('granted-origin');
    expect(first?.textContent).toContain('https://webhook.site');
    fireEvent.click(
      within(second as HTMLElement).getByRole('button', {
        name: 'Revoke access to https://api.play.svix.com',
      }),
    );
    expect(onRevoke).toHaveBeenCalledWith('https://api.play.svix.com');
  });

  it('says that access is asked for per site when none is granted', () => {
    render(<GrantedOrigins list={[]} onRevoke={vi.fn()} />);
    expect(screen.getByTestId('granted-origins').textContent).toContain(
      'Hookline asks the first time you open a bin on a site',
    );
  });
});
