import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../../../src/model/record';
import { callOf, decoded, fixture, fixtureWith, warningsAt } from './helpers';

function withCall(call: Record<string, unknown>) {
  return decoded(
    fixtureWith((p) => {
      Object.assign(p.call, call);
    }),
  );
}

function group(call: CallRecord, kind: string) {
  return call.variables.find((g) => g.kind === kind);
}

describe('Synthflow timing', () => {
  it('reads an ISO start time with offset and microseconds, keeping the offset', () => {
    expect(callOf(fixture('seed-example.json')).timing).toMatchObject({
      start: {
        ms: Date.UTC(2024, 2, 28, 17, 17, 46, 205),
        raw: '2024-03-28T18:17:46.205134+01:00',
        path: 'call.start_time',
        offsetMinutes: 60,
      },
      duration: { seconds: 32, raw: 32, path: 'call.duration', unit: 's' },
      timezone: 'Europe/Berlin',
      timezoneValid: true,
    });
  });

  it('reads epoch milliseconds sent as text and a duration sent as text, as the list API does', () => {
    const { timing } = callOf(fixture('list-api-no-answer.json'));
    expect(timing.start).toMatchObject({ ms: 1718026332912, raw: '1718026332912' });
    expect(timing.duration).toMatchObject({ seconds: 25, raw: '25' });
  });

  it('reads a start time without offset as UTC and warns that it may be off', () => {
    const result = withCall({ start_time: '2024-03-28 18:40:02' });
    expect(result.call?.timing.start?.ms).toBe(Date.UTC(2024, 2, 28, 18, 40, 2));
    expect(warningsAt(result, 'call.start_time')[0]?.message).toContain('has no UTC offset');
  });

  it('keeps an unreadable start time under Other fields, with a warning', () => {
    const result = withCall({ start_time: 'last Tuesday' });
    expect(result.call?.timing.start).toBeUndefined();
    expect(result.call?.otherFields).toContainEqual({
      path: 'call.start_time',
      value: 'last Tuesday',
    });
    expect(warningsAt(result, 'call.start_time')).toHaveLength(1);
  });

  it('rejects impossible dates rather than rolling them over', () => {
    expect(withCall({ start_time: '2024-02-30T10:00:00Z' }).call?.timing.start).toBeUndefined();
  });

  it('warns about a negative duration and keeps it under Other fields', () => {
    const result = withCall({ duration: -3 });
    expect(result.call?.timing.duration).toBeUndefined();
    expect(result.call?.otherFields).toContainEqual({ path: 'call.duration', value: -3 });
    expect(warningsAt(result, 'call.duration')).toHaveLength(1);
  });

  it('keeps an unknown time zone with a warning', () => {
    const result = withCall({ timezone: 'Mars/Olympus_Mons' });
    expect(result.call?.timing).toMatchObject({
      timezone: 'Mars/Olympus_Mons',
      timezoneValid: false,
    });
    expect(warningsAt(result, 'call.timezone')[0]?.message).toContain('Mars/Olympus_Mons');
  });
});

describe('Synthflow transcript', () => {
  it('splits the seed transcript into agent and caller turns, labels as written', () => {
    const { transcript } = callOf(fixture('seed-example.json'));
    expect(transcript).toMatchObject({ state: 'present', path: 'call.transcript' });
    expect(transcript.turns.map((t) => [t.role, t.label])).toEqual([
      ['agent', 'bot'],
      ['caller', 'human'],
      ['agent', 'bot'],
      ['caller', 'human'],
    ]);
    expect(transcript.turns[3]?.text).toBe('I want to buy a car by');
  });

  it('marks an empty transcript as empty and a missing one as missing', () => {
    expect(callOf(fixture('list-api-no-answer.json')).transcript.state).toBe('empty');
    const missing = fixtureWith((p) => {
      delete p.call.transcript;
    });
    expect(callOf(missing).transcript).toEqual({ state: 'missing', turns: [] });
  });
});

describe('Synthflow parties, ids, recording, analysis and variables', () => {
  it('reads the lead as the customer, and a phone number sent as a number as text', () => {
    expect(callOf(fixture('seed-example.json')).customer).toEqual({
      name: 'David',
      number: '+1234334546',
      path: 'lead',
    });
    expect(callOf(fixture('voicemail-quirks.json')).customer.number).toBe('34911234567');
    expect(callOf(fixture('list-api-no-answer.json')).customer.name).toBeUndefined();
  });

  it('lists the call, model and external ids, and keys the call by its id', () => {
    const call = callOf(fixture('list-api-no-answer.json'));
    expect(call.ids).toEqual([
      { kind: 'call', value: '1718026332912x371846615204319700', path: 'call.call_id' },
      { kind: 'model', value: '1711241656808x745681686585854500', path: 'call.model_id' },
      { kind: 'external', value: 'crm-20931', path: 'call.external_id' },
    ]);
    expect(call.callKey).toBe('1718026332912x371846615204319700');
  });

  it('plays only http(s) recordings; anything else is text, with a warning', () => {
    expect(callOf(fixture('failed-transfer.json')).recordings[0]).toMatchObject({
      kind: 'recording',
      safe: true,
      path: 'call.recording_url',
    });
    const result = decoded(fixture('voicemail-quirks.json'));
    expect(result.call?.recordings[0]).toMatchObject({ url: 'javascript:alert(1)', safe: false });
    expect(warningsAt(result, 'call.recording_url')).toHaveLength(1);
    expect(callOf(fixture('list-api-no-answer.json')).recordings).toEqual([]);
  });

  it('pairs each verdict with its feedback and reads string booleans in any case', () => {
    const { judgements } = callOf(fixture('failed-transfer.json')).analysis;
    expect(judgements.slice(0, 4)).toEqual([
      {
        key: 'goal',
        verdict: 'partial',
        raw: 'partial',
        path: 'analysis.goal',
        rationale: 'The valuation call could not be transferred but a call back was booked.',
      },
      {
        key: 'persona',
        verdict: 'true',
        raw: 'True',
        path: 'analysis.persona',
        rationale: 'The agent stayed friendly and professional.',
      },
      expect.objectContaining({ key: 'appointment', verdict: 'true' }),
      expect.objectContaining({ key: 'objections', verdict: 'not_applicable' }),
    ]);
    expect(judgements.find((j) => j.key === 'call_summary')?.verdict).toBe('false');
    expect(judgements.find((j) => j.key === 'user_sentiment')).toMatchObject({
      verdict: 'other',
      raw: 'positive',
    });
  });

  it('reads real booleans as verdicts, and keeps a feedback text without its verdict', () => {
    const call = callOf(
      fixtureWith((p) => {
        p.analysis = { opted_in: true, no_opt_out: false, orphan_feedback: 'Said nothing.' };
      }),
    );
    expect(call.analysis.judgements.map((j) => [j.key, j.verdict])).toEqual([
      ['opted_in', 'true'],
      ['no_opt_out', 'false'],
      ['orphan_feedback', 'other'],
    ]);
  });

  it('warns about an analysis that is not an object', () => {
    const result = decoded(fixture('voicemail-quirks.json'));
    expect(result.call?.analysis.judgements).toEqual([]);
    expect(warningsAt(result, 'analysis')).toHaveLength(1);
  });

  it('reads collected slots with whether they were collected, also sent as text', () => {
    expect(group(callOf(fixture('list-api-no-answer.json')), 'collected')).toEqual({
      kind: 'collected',
      path: 'collected_variables',
      entries: [
        { name: 'callback_time', value: null, collected: false },
        { name: 'budget', value: '350k', collected: true },
      ],
    });
  });

  it('keeps collected_variables null as a group with no entries, and a bare slot value', () => {
    expect(group(callOf(fixture('failed-transfer.json')), 'collected')?.entries).toBeNull();
    const bare = callOf(
      fixtureWith((p) => {
        p.collected_variables = { city: 'Leipzig' };
      }),
    );
    expect(group(bare, 'collected')?.entries).toEqual([{ name: 'city', value: 'Leipzig' }]);
  });

  it('reads prompt variables and metadata as groups', () => {
    const call = callOf(fixture('failed-transfer.json'));
    expect(group(call, 'prompt')?.entries).toContainEqual({
      name: 'property_city',
      value: 'Leipzig',
    });
    expect(group(call, 'metadata')).toEqual({
      kind: 'metadata',
      path: 'metadata',
      entries: [
        { name: 'campaign', value: 'valuation-leipzig-q2' },
        { name: 'crm_lead_id', value: 48213 },
      ],
    });
  });

  it('warns about metadata that is not an object and keeps it as sent', () => {
    const result = decoded(fixture('voicemail-quirks.json'));
    expect(warningsAt(result, 'metadata')).toHaveLength(1);
    expect(result.call?.otherFields).toContainEqual({
      path: 'metadata',
      value: ['not', 'an', 'object'],
    });
  });

  it('keeps unknown fields at every level by JSON path, values untouched', () => {
    const { otherFields } = callOf(fixture('failed-transfer.json'));
    expect(otherFields).toContainEqual({ path: 'workspace_region', value: 'eu-central' });
    expect(otherFields).toContainEqual({ path: 'call.agent_version', value: 14 });
    expect(callOf(fixture('voicemail-quirks.json')).otherFields).toContainEqual({
      path: 'call.new_field',
      value: { nested: [1, 2, 3] },
    });
  });

  it('still decodes the rest when the call object is missing or the wrong type', () => {
    for (const call of [undefined, 'oops']) {
      const result = decoded(
        fixtureWith((p) => {
          if (call === undefined) delete p.call;
          else p.call = call;
        }),
      );
      expect(result.call?.customer.name).toBe('David');
      expect(result.call?.toolCalls).toHaveLength(1);
      expect(warningsAt(result, 'call')).toHaveLength(1);
    }
  });
});
