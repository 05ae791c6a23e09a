import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/model';
import { fixtureText } from './helpers';

describe('the fixtures', () => {
  it('decodes the vendor doc example with no problems at all', () => {
    const result = decode(fixtureText('synthflow/seed-example.json'));
    expect(result.format.id).toBe('synthflow-post-call');
    expect(result.problems).toEqual([]);
    expect(result.call).toMatchObject({
      vendor: 'synthflow',
      status: { raw: 'completed', label: 'Completed', tone: 'success' },
      endReason: { raw: 'agent_goodbye', source: 'error_message', replacedRaw: 'completed' },
      lead: { name: 'David', phone: '+1234334546', promptVariables: {} },
      timing: { durationSeconds: 32, timezone: 'Europe/Berlin', timezoneValid: true },
      otherFields: [],
    });
  });

  it.each([
    'synthflow/failed-transfer.json',
    'synthflow/list-api-no-answer.json',
    'synthflow/custom-end-call.json',
  ])('decodes %s with no problems', (name) => {
    const result = decode(fixtureText(name));
    expect(result.format.id).toBe('synthflow-post-call');
    expect(result.problems).toEqual([]);
  });

  it('reads the list-API shapes: epoch-ms start, string duration, empty transcript', () => {
    const call = decode(fixtureText('synthflow/list-api-no-answer.json')).call;
    expect(call).toMatchObject({
      status: { raw: 'no-answer', label: 'No answer', tone: 'warning' },
      endReason: { raw: 'undefined', label: 'Not specified', source: 'call.end_call_reason' },
      timing: { startMs: 1718026332912, durationSeconds: 25, endMs: 1718026357912 },
      transcript: { state: 'empty', turns: [] },
      ids: { externalId: 'crm-20931' },
    });
    expect(call?.recording).toBeUndefined();
  });

  it('reads a custom end of call with its reason, mixed speaker prefixes and three kinds of action', () => {
    const call = decode(fixtureText('synthflow/custom-end-call.json')).call;
    expect(call?.endReason).toMatchObject({
      raw: 'custom_end_call',
      customText: 'Caller asked to be removed from the list',
    });
    expect(call?.transcript.turns.map((t) => t.speaker)).toEqual([
      'unknown',
      'agent',
      'caller',
      'agent',
      'agent',
      'caller',
      'agent',
    ]);
    expect(call?.transcript.turns[5]?.text).toBe(
      'Please remove me from your list.\nI do not want any more calls.',
    );
    expect(call?.actions.map((a) => [a.type.label, a.failed])).toEqual([
      ['Custom function', false],
      ['Send SMS', true],
      ['zapier_webhook_action_type', false],
    ]);
    expect(call?.actions[0]?.returnValue).toEqual({ kind: 'text', text: 'opted out' });
    expect(call?.actions[2]?.returnValue.kind).toBe('list');
  });

  it('shows the voicemail payload with one warning per quirk and no error', () => {
    const result = decode(fixtureText('synthflow/voicemail-quirks.json'));
    expect(result.call?.status?.raw).toBe('hangup_on_voicemail');
    expect(result.call?.endReason).toMatchObject({ raw: 'voicemail', source: 'error_message' });
    expect(result.call?.lead.phone).toBe('34911234567');
    expect(result.call?.transcript.turns).toEqual([
      { speaker: 'agent', label: 'bot', text: 'Hola Ana, soy Laura de' },
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      [
        'status',
        'call.timezone',
        'call.duration',
        'call.start_time',
        'call.recording_url',
        'executed_actions.extract_info_2',
        'analysis',
        'metadata',
      ].sort(),
    );
    expect(result.call?.recording).toEqual({ url: 'javascript:alert(1)', safe: false });
  });

  it('gives plain data that survives structured cloning between pages', () => {
    const result = decode(fixtureText('synthflow/failed-transfer.json'));
    expect(structuredClone(result)).toEqual(result);
  });
});
