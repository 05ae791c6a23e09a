import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisItem } from '../../../src/model/call-record';
import { AnalysisSection } from '../../../src/ui/card/AnalysisSection';
import { CollectedVariablesSection, RecordSection } from '../../../src/ui/card/VariablesSections';

afterEach(cleanup);

const item = (key: string, value: AnalysisItem['value'], raw: unknown, feedback?: string) => ({
  key,
  label: key[0]?.toUpperCase() + key.slice(1).replaceAll('_', ' '),
  value,
  raw,
  feedback,
});

describe('AnalysisSection', () => {
  it.each([
    ['true', 'True', 'success'],
    ['false', 'False', 'danger'],
    ['partial', 'Partial', 'warning'],
    ['not_applicable', 'Not applicable', 'neutral'],
  ] as const)('shows %s as a "%s" badge named after its item', (value, label, tone) => {
    render(<AnalysisSection items={[item('call_completion', value, value)]} />);
    const badge = screen.getByRole('img', { name: `Call completion: ${label}` });
    expect(badge.textContent).toContain(label);
    expect(badge.getAttribute('data-tone')).toBe(tone);
  });

  it('shows a value outside the known set as sent', () => {
    render(<AnalysisSection items={[item('user_sentiment', 'other', 'mostly happy')]} />);
    expect(screen.getByRole('img', { name: 'User sentiment: mostly happy' })).toBeTruthy();
  });

  it('shows the feedback text under its badge', () => {
    const feedback = 'The agent confirmed every detail.';
    render(<AnalysisSection items={[item('goal', 'true', 'True', feedback)]} />);
    expect(screen.getByText(feedback)).toBeTruthy();
  });
});

describe('CollectedVariablesSection', () => {
  it('lists each variable with its value and whether it was collected', () => {
    render(
      <CollectedVariablesSection
        variables={[
          { name: 'email', value: 'd@example.com', collected: true },
          { name: 'budget', value: null, collected: false },
        ]}
      />,
    );
    expect(screen.getByText('email').nextSibling?.textContent).toBe('d@example.comcollected');
    expect(screen.getByText('budget').nextSibling?.textContent).toBe('nullnot collected');
  });

  it('says the payload sent null rather than showing nothing', () => {
    render(<CollectedVariablesSection variables={null} />);
    expect(screen.getByText(/sent collected_variables as null/)).toBeTruthy();
  });
});

describe('RecordSection', () => {
  it('shows prompt variables as rows, nested values as JSON', () => {
    render(
      <RecordSection
        heading="Prompt variables"
        record={{ company: 'Acme', slots: { day: 'Mon' } }}
        testId="prompt-variables"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Prompt variables' })).toBeTruthy();
    expect(screen.getByText('company').nextSibling?.textContent).toBe('Acme');
    expect(screen.getByText('slots').nextSibling?.textContent).toBe('{\n  "day": "Mon"\n}');
  });
});
