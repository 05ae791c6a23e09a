import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tone } from '../../../src/model/call-record';
import { CardHeader } from '../../../src/ui/card/CardHeader';
import { makeCall } from './make-call';

afterEach(cleanup);

describe('CardHeader', () => {
  it('names the lead and shows the phone number', () => {
    render(<CardHeader call={makeCall()} />);
    expect(screen.getByRole('heading', { name: 'David' })).toBeTruthy();
    expect(screen.getByText('+1234334546')).toBeTruthy();
  });

  it('says so when the lead has no name or phone', () => {
    render(<CardHeader call={makeCall({ lead: { promptVariables: {} } })} />);
    expect(screen.getByRole('heading', { name: 'Unnamed lead' })).toBeTruthy();
    expect(screen.getByText('No phone number')).toBeTruthy();
  });

  it('shows the status as a labelled badge with its meaning in words', () => {
    render(<CardHeader call={makeCall()} />);
    const badge = screen.getByTestId('status-badge');
    expect(badge.textContent).toContain('Completed');
    expect(badge.getAttribute('aria-label')).toBe('Status: Completed. The call was successful.');
    expect(screen.getByText('The call was successful.')).toBeTruthy();
  });

  it.each<[Tone, string]>([
    ['success', 'Completed'],
    ['warning', 'Busy'],
    ['danger', 'Failed'],
    ['progress', 'Queued'],
    ['neutral', 'Paused'],
  ])('gives a %s status a glyph as well as a colour', (tone, label) => {
    const status = { raw: label.toLowerCase(), known: true, label, explanation: 'x', tone };
    render(<CardHeader call={makeCall({ status })} />);
    const badge = screen.getByRole('img', { name: new RegExp(`^Status: ${label}`) });
    expect(badge.getAttribute('data-tone')).toBe(tone);
    const glyph = badge.querySelector('[aria-hidden="true"]');
    expect(glyph?.textContent?.trim()).not.toBe('');
  });

  it('explains agent_goodbye and says it was read from error_message instead of end_call_reason', () => {
    render(<CardHeader call={makeCall()} />);
    const reason = screen.getByTestId('end-reason');
    expect(reason.textContent).toContain('Agent said goodbye');
    expect(reason.textContent).toContain(
      'A human answered and the AI assistant said goodbye first.',
    );
    expect(within(reason).getByTestId('end-reason-source').textContent).toBe(
      'Read from error_message, because call.end_call_reason says “completed”.',
    );
  });

  it('shows the free text of a custom end reason and no source note when read from end_call_reason', () => {
    const endReason = {
      raw: 'custom_end_call',
      known: true,
      label: 'Custom end',
      explanation: 'The agent ended the call for a custom reason.',
      tone: 'neutral' as const,
      source: 'call.end_call_reason' as const,
      customText: 'caller asked for a human',
    };
    render(<CardHeader call={makeCall({ endReason })} />);
    expect(screen.getByText('Custom reason: “caller asked for a human”')).toBeTruthy();
    expect(screen.queryByTestId('end-reason-source')).toBeNull();
  });

  it('shows the duration as m:ss', () => {
    render(<CardHeader call={makeCall()} />);
    expect(screen.getByTestId('duration').textContent).toBe('0:32');
  });

  it('shows the start in the call’s zone and in the viewer’s, each zone named', () => {
    render(<CardHeader call={makeCall()} />);
    const callTime = screen.getByTestId('call-time');
    expect(callTime.textContent).toMatch(/(18|6):17:46/);
    expect(callTime.textContent).toContain('Europe/Berlin');
    const viewerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (viewerZone !== 'Europe/Berlin') {
      expect(screen.getByTestId('your-time').textContent).toContain(viewerZone);
    }
  });

  it('falls back to the written offset when the call’s zone is not a real zone', () => {
    const timing = { ...makeCall().timing, timezone: 'Mars/Olympus', timezoneValid: false };
    render(<CardHeader call={makeCall({ timing })} />);
    const callTime = screen.getByTestId('call-time');
    expect(callTime.textContent).toContain('UTC+01:00');
    expect(callTime.textContent).toMatch(/(18|6):17:46/);
    expect(screen.getByText('“Mars/Olympus” is not a known time zone.')).toBeTruthy();
  });

  it('shows a start time it could not read as sent', () => {
    const timing = { startRaw: 'yesterday-ish', timezoneValid: false };
    render(<CardHeader call={makeCall({ timing })} />);
    expect(screen.getByTestId('start-time').textContent).toBe('Start time as sent: yesterday-ish');
  });
});
