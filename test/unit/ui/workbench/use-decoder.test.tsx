import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResultParts } from '../../../../src/ui/workbench/load-result';
import { useDecoder } from '../../../../src/ui/workbench/use-decoder';

/** The decoders' chunk, held back until the test lets it arrive. */
const chunk = vi.hoisted(() => {
  let arrive: (parts: unknown) => void = () => {};
  const state: { value: unknown } = { value: undefined };
  const load = Object.assign(
    () =>
      new Promise((resolve) => {
        arrive = (parts) => {
          state.value = parts;
          resolve(parts);
        };
      }),
    {},
  );
  Object.defineProperty(load, 'value', { get: () => state.value });
  return { load, arrive: (parts: unknown) => arrive(parts) };
});
vi.mock('../../../../src/ui/workbench/load-result', () => ({ loadResult: chunk.load }));

afterEach(cleanup);

const parts = {
  decodeCallText: (text: string) => ({ text }),
} as unknown as ResultParts;

let decode: (text: string) => void = () => {};
function Probe() {
  const { decoded, decodeNow } = useDecoder();
  decode = decodeNow;
  const shown =
    decoded && 'result' in decoded ? (decoded.result as unknown as { text: string }) : undefined;
  return <p data-testid="shown">{shown?.text ?? 'nothing'}</p>;
}

describe('useDecoder while the decoders are still loading', () => {
  it('shows the newest text once they arrive, not the one pasted first', async () => {
    render(<Probe />);
    act(() => decode('{"first":1}'));
    act(() => decode('{"second":2}'));
    expect(screen.getByTestId('shown').textContent).toBe('nothing');
    await act(async () => chunk.arrive(parts));
    expect(screen.getByTestId('shown').textContent).toBe('{"second":2}');
  });
});
