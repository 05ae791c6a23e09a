import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../../src/model/decode-call';
import type { CallRecord } from '../../../../src/model/record';
import { CallView } from '../../../../src/ui/call/CallView';
import { readFixture } from '../../model/vendors/golden';
import { makeRecord } from './make-record';

afterEach(cleanup);

function retell(name: string): CallRecord {
  const { call } = decodeCallText(readFixture('retell', name));
  if (call === undefined) throw new Error(`${name} decoded to no call`);
  return call;
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('CallView header', () => {
  it('names the platform and the event, and says in one line what happened and what failed', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    expect(text('call-source')).toBe('Retell AI · Call analyzed');
    expect(text('status-badge')).toContain('Ended by the caller');
    expect(text('call-outcome')).toContain('Caller hung up');
    expect(text('call-failures')).toBe('1 tool call failed');
  });

  it('puts a failed transfer in the header, with the code that says so', () => {
    const call = makeRecord({
      vendor: 'synthflow',
      customer: { name: 'David', number: '+1234' },
      outcome: {
        category: 'completed',
        details: [],
        failures: [
          {
            kind: 'transfer-failed',
            code: 'transfer-failed-timeout',
            path: 'executed_actions.transfer',
          },
          { kind: 'tool-failed', subject: 'a', path: 'x' },
          { kind: 'tool-failed', subject: 'b', path: 'y' },
        ],
      },
    });
    render(<CallView call={call} />);
    expect(text('status-badge')).toContain('Completed');
    expect(text('call-failures')).toBe(
      'Transfer failed: transfer-failed-timeout · 2 tool calls failed',
    );
    expect(text('lead-name')).toBe('David');
  });

  it('says a call never connected and why, with no 0:00 duration', () => {
    render(<CallView call={retell('call-ended-dial-busy.json')} />);
    expect(text('status-badge')).toMatch(/busy|never connected/i);
    expect(screen.queryByTestId('duration')).toBeNull();
  });
});

describe('CallView transcript', () => {
  it('shows turn times, tool calls where they ran, and events as events, not speech', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    const turns = screen.getAllByTestId('turn');
    expect(within(turns[0] as HTMLElement).getByTestId('turn-time').textContent).toBe('0:00');
    expect(within(turns[2] as HTMLElement).getByTestId('turn-time').textContent).toBe('0:12');
    const tool = turns[3] as HTMLElement;
    expect(tool.dataset.role).toBe('tool');
    expect(within(tool).getByTestId('turn-tool').textContent).toContain('parse_date');
    expect(within(tool).getByTestId('tool-status').textContent).toContain('Failed');
    expect(within(tool).getByTestId('tool-error').textContent).toContain('status code 400');
    const event = turns[1] as HTMLElement;
    expect(event.className).toContain('turn--event');
    expect(event.textContent).toContain('node_transition');
    expect(event.textContent).not.toContain('Agent');
  });
});

describe('CallView sections', () => {
  it('lists tool calls with arguments, results and the failure reason', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    const tools = screen.getByTestId('tools');
    expect(within(tools).getByText('2 tool calls')).toBeTruthy();
    expect(within(tools).getByTestId('tools-failed').textContent).toBe('1 failed');
    const [failed, ok] = within(tools).getAllByTestId('tool-call') as HTMLElement[];
    expect(within(failed as HTMLElement).getByTestId('tool-arguments').textContent).toContain(
      'next week Monday',
    );
    expect(within(ok as HTMLElement).getByTestId('tool-result').textContent).toContain('14:30');
  });

  it('converts cents to dollars and shows the amount as sent', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    expect(text('cost-total')).toBe('$0.000708 (sent as 0.0708 cents)');
  });

  it('never shows credits as money', () => {
    const call = makeRecord({
      vendor: 'elevenlabs',
      costs: [
        {
          amount: 1530,
          unit: 'credits',
          path: 'data.metadata.cost',
          breakdown: [{ item: 'llm', amount: 30 }],
        },
      ],
    });
    render(<CallView call={call} />);
    const cost = screen.getByTestId('cost');
    expect(cost.textContent).toContain('1,530 credits');
    expect(cost.textContent).toContain('30 credits');
    expect(cost.textContent).not.toMatch(/\$/);
  });

  it('reads Bland minutes as m:ss and says which field and unit they came from', () => {
    const call = makeRecord({
      timing: {
        timezoneValid: true,
        duration: { seconds: 183, raw: 3.05, path: 'call_length', unit: 'min' },
      },
    });
    render(<CallView call={call} />);
    expect(text('timing-duration')).toContain('3:03 from call_length (minutes)');
    expect(text('duration')).toBe('3:03');
  });

  it('shows the analysis with judgements, rationale and data', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    const analysis = screen.getByTestId('analysis');
    expect(within(analysis).getByTestId('summary').textContent).toContain('date parsing failed');
    expect(analysis.textContent).toContain('Neutral');
    expect(within(analysis).getByTestId('analysis-data').textContent).toContain('10:00');
  });

  it('labels every id and gives each its own copy button', () => {
    render(<CallView call={retell('call-analyzed-tool-failed.json')} />);
    const ids = screen.getByTestId('ids');
    expect(within(ids).getByText('Call ID')).toBeTruthy();
    expect(within(ids).getAllByRole('button')).toHaveLength(3);
  });

  it('draws no heading without content under it', () => {
    render(
      <CallView call={makeRecord({ variables: [{ kind: 'dynamic', path: 'v', entries: [] }] })} />,
    );
    for (const heading of screen.getAllByRole('heading', { level: 3 })) {
      const section = heading.closest('section') as HTMLElement;
      const body = [...section.children].filter((child) => !child.contains(heading));
      expect(
        body
          .map((child) => child.textContent)
          .join('')
          .trim(),
        heading.textContent ?? '',
      ).not.toBe('');
    }
    expect(screen.queryByTestId('variables')).toBeNull();
    expect(screen.queryByTestId('tools')).toBeNull();
    expect(screen.queryByTestId('cost')).toBeNull();
    expect(screen.queryByTestId('analysis')).toBeNull();
  });

  it('links only http(s) recordings; any other address is text', () => {
    const call = makeRecord({
      recordings: [
        { kind: 'mono', url: 'https://r.example/a.mp3', safe: true, path: 'recording_url' },
        { kind: 'stereo', url: 'javascript:alert(1)', safe: false, path: 'stereo' },
      ],
    });
    render(<CallView call={call} />);
    const links = screen.getByTestId('recordings').querySelectorAll('a[href], audio[src]');
    expect([...links].map((el) => el.getAttribute('href') ?? el.getAttribute('src'))).toEqual([
      'https://r.example/a.mp3',
      'https://r.example/a.mp3',
    ]);
    expect(text('recording-text')).toBe('javascript:alert(1)');
  });
});
