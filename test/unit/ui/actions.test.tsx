import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsSection } from '../../../src/ui/card/ActionsSection';
import { makeAction } from './make-call';

afterEach(cleanup);

const failedTransfer = makeAction({
  key: 'transfer_1',
  name: 'Transfer to sales',
  type: { raw: 'transfer_call_action_type', label: 'Transfer call', known: true },
  identifier: undefined,
  condition: undefined,
  examples: undefined,
  parametersHardCoded: {
    kind: 'object',
    value: { phone_number: '+4930123456' },
    fromString: true,
  },
  returnValue: {
    kind: 'object',
    value: { status: 'transfer-failed-timeout' },
    fromString: false,
  },
  returnStatus: 'transfer-failed-timeout',
  failed: true,
});

describe('ActionsSection', () => {
  it('shows the type, identifier, condition, examples and the return value as rows', () => {
    render(<ActionsSection actions={[makeAction()]} />);
    const action = screen.getByTestId('action');
    expect(within(action).getByRole('heading', { name: 'extract_info_1' })).toBeTruthy();
    expect(within(action).getByText('Extract info')).toBeTruthy();
    expect(within(action).getByText('Identifier').nextSibling?.textContent).toBe('purchase');
    expect(within(action).getByText('if user wants to purchase an item')).toBeTruthy();
    expect(
      within(action)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['car', 'house']);
    const returned = within(action).getByTestId('return-value');
    expect(within(returned).getByText('purchase').nextSibling?.textContent).toBe('car');
    expect(within(action).getByRole('img', { name: /^Action: Ran/ })).toBeTruthy();
  });

  it('shows a return value sent as a JSON string as rows, and says it was a string', () => {
    const action = makeAction({
      returnValue: {
        kind: 'object',
        value: { purchase: 'house', budget: 250000 },
        fromString: true,
      },
    });
    render(<ActionsSection actions={[action]} />);
    const returned = screen.getByTestId('return-value');
    expect(within(returned).getByText('budget').nextSibling?.textContent).toBe('250000');
    expect(screen.getByText('Sent as a JSON string; shown decoded.')).toBeTruthy();
  });

  it('shows a return value that is plain text as text', () => {
    render(
      <ActionsSection actions={[makeAction({ returnValue: { kind: 'text', text: '42' } })]} />,
    );
    expect(screen.getByTestId('return-value').textContent).toBe('42');
  });

  it('marks a failed transfer as failed in words, with its return status', () => {
    render(<ActionsSection actions={[failedTransfer]} />);
    const action = screen.getByTestId('action');
    expect(
      within(action).getByRole('img', { name: 'Action: Failed. This action failed.' }),
    ).toBeTruthy();
    expect(within(action).getByText('Failed')).toBeTruthy();
    expect(within(action).getAllByText('transfer-failed-timeout').length).toBeGreaterThan(0);
    expect(within(action).getByText('Transfer call')).toBeTruthy();
  });

  it('keeps hard-coded parameters that have no row of their own, such as the transfer number', () => {
    render(<ActionsSection actions={[failedTransfer]} />);
    expect(screen.getByText('Hard-coded parameters')).toBeTruthy();
    expect(screen.getByText('+4930123456')).toBeTruthy();
  });

  it('shows the error message of an action that reported one', () => {
    const action = makeAction({ error: 'Cal.com said: slot taken', failed: true });
    render(<ActionsSection actions={[action]} />);
    expect(screen.getByTestId('action-error').textContent).toBe('Error: Cal.com said: slot taken');
  });

  it('says when an action returned nothing', () => {
    render(<ActionsSection actions={[makeAction({ returnValue: { kind: 'none' } })]} />);
    expect(screen.getByText('Nothing returned')).toBeTruthy();
  });

  it('shows one block per action under a counted heading', () => {
    render(<ActionsSection actions={[makeAction(), failedTransfer]} />);
    expect(screen.getByRole('heading', { name: '2 actions' })).toBeTruthy();
    expect(screen.getAllByTestId('action')).toHaveLength(2);
  });

  it('shows nothing when no action ran', () => {
    const { container } = render(<ActionsSection actions={[]} />);
    expect(container.textContent).toBe('');
  });
});
