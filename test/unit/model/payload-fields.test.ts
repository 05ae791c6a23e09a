import { describe, expect, it } from 'vitest';
import { decodeJson } from '../../../src/model';
import { callOf, fixtureJson, seedWith, warningsAt } from './helpers';

describe('lead, ids and recording', () => {
  it('reads the lead name, phone and prompt variables', () => {
    const call = callOf(fixtureJson('synthflow/failed-transfer.json'));
    expect(call.lead).toEqual({
      name: 'Maria Schneider',
      phone: '+4915123456789',
      promptVariables: {
        first_name: 'Maria',
        property_city: 'Leipzig',
        appointment_slot: 'Thursday 10:00',
      },
    });
  });

  it('reads a phone number sent as a number as text', () => {
    expect(
      callOf(
        seedWith((p) => {
          p.lead.phone_number = 34911234567;
        }),
      ).lead.phone,
    ).toBe('34911234567');
  });

  it('treats an empty lead name as no name', () => {
    expect(
      callOf(
        seedWith((p) => {
          p.lead.name = '';
        }),
      ).lead.name,
    ).toBeUndefined();
  });

  it('reads call, model and external ids, old style and UUIDs', () => {
    expect(callOf(seedWith(() => {})).ids).toMatchObject({
      callId: '1711646262471x768387119913843100',
      modelId: '1711241656808x745681686585854500',
    });
    const call = callOf(
      seedWith((p) => {
        p.call.external_id = 'crm-20931';
        p.call.call_id = '9b1f6c2a-7d3e-4f85-a2c4-1e6b8d0f3a57';
      }),
    );
    expect(call.ids).toMatchObject({
      callId: '9b1f6c2a-7d3e-4f85-a2c4-1e6b8d0f3a57',
      externalId: 'crm-20931',
    });
  });

  it('accepts an https recording link as safe to play', () => {
    const call = callOf(
      seedWith((p) => {
        p.call.recording_url = 'https://cdn.example.com/a.mp3?sig=1';
      }),
    );
    expect(call.recording).toEqual({ url: 'https://cdn.example.com/a.mp3?sig=1', safe: true });
  });

  it.each([
    'javascript:alert(1)',
    'data:audio/mp3;base64,AAAA',
    'ftp://files.example.com/a.wav',
    'www.example.com/a.mp3',
    'https://user:secret@cdn.example.com/a.mp3',
  ])('keeps the recording link %s as text only, with a warning', (url) => {
    const result = decodeJson(
      seedWith((p) => {
        p.call.recording_url = url;
      }),
    );
    expect(result.call?.recording).toEqual({ url, safe: false });
    expect(warningsAt(result, 'call.recording_url')).toHaveLength(1);
  });

  it('has no recording when the link is empty', () => {
    expect(
      callOf(
        seedWith((p) => {
          p.call.recording_url = '';
        }),
      ).recording,
    ).toBeUndefined();
  });
});

describe('analysis', () => {
  it('pairs each verdict with its feedback and reads string booleans in any case', () => {
    const { analysis } = callOf(fixtureJson('synthflow/failed-transfer.json'));
    expect(analysis.map((a) => [a.key, a.value])).toEqual([
      ['goal', 'partial'],
      ['persona', 'true'],
      ['appointment', 'true'],
      ['objections', 'not_applicable'],
      ['answered_by_human', 'true'],
      ['call_summary', 'false'],
      ['user_sentiment', 'other'],
    ]);
    expect(analysis[0]).toEqual({
      key: 'goal',
      label: 'Goal',
      value: 'partial',
      raw: 'partial',
      feedback: 'The valuation call could not be transferred but a call back was booked.',
    });
    expect(analysis[1]?.raw).toBe('True');
  });

  it('reads analysis.call_summary as a pass/fail verdict, not as prose', () => {
    const item = callOf(fixtureJson('synthflow/failed-transfer.json')).analysis.find(
      (a) => a.key === 'call_summary',
    );
    expect(item).toMatchObject({ label: 'Call summary check', value: 'false' });
  });

  it('reads real booleans as verdicts too', () => {
    const { analysis } = callOf(fixtureJson('synthflow/custom-end-call.json'));
    expect(analysis).toEqual([
      {
        key: 'no_opt_out',
        label: 'No opt-out',
        value: 'false',
        raw: false,
        feedback: 'The caller opted out.',
      },
      { key: 'opted_in', label: 'Opted in', value: 'true', raw: true },
    ]);
  });

  it('labels unknown analysis keys from their words', () => {
    const call = callOf(
      seedWith((p) => {
        p.analysis = { lead_quality: 'high' };
      }),
    );
    expect(call.analysis).toEqual([
      { key: 'lead_quality', label: 'Lead quality', value: 'other', raw: 'high' },
    ]);
  });

  it('keeps a feedback text without its verdict as an item of its own', () => {
    const call = callOf(
      seedWith((p) => {
        p.analysis = { style_feedback: 'Too formal.' };
      }),
    );
    expect(call.analysis).toMatchObject([
      { key: 'style_feedback', value: 'other', raw: 'Too formal.' },
    ]);
  });

  it('warns about an analysis that is not an object', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.analysis = 'true';
      }),
    );
    expect(result.call?.analysis).toEqual([]);
    expect(warningsAt(result, 'analysis')[0]?.message).toBe(
      'analysis should be an object, but is the string "true"; it is kept under Other fields.',
    );
  });
});

describe('collected variables and metadata', () => {
  it('reads collected variables with their value and whether they were collected', () => {
    const call = callOf(fixtureJson('synthflow/list-api-no-answer.json'));
    expect(call.collectedVariables).toEqual([
      { name: 'callback_time', value: null, collected: false },
      { name: 'budget', value: '350k', collected: true },
    ]);
  });

  it('keeps collected_variables null when the payload sends null', () => {
    expect(callOf(fixtureJson('synthflow/failed-transfer.json')).collectedVariables).toBeNull();
  });

  it('has no collected variables when the field is absent', () => {
    expect(callOf(seedWith(() => {})).collectedVariables).toEqual([]);
  });

  it('keeps a slot sent as a bare value', () => {
    expect(
      callOf(
        seedWith((p) => {
          p.collected_variables = { city: 'Leipzig' };
        }),
      ).collectedVariables,
    ).toEqual([{ name: 'city', value: 'Leipzig' }]);
  });

  it('keeps metadata as sent', () => {
    expect(callOf(fixtureJson('synthflow/failed-transfer.json')).metadata).toEqual({
      campaign: 'valuation-leipzig-q2',
      crm_lead_id: 48213,
    });
  });
});

describe('fields of the wrong type and unknown fields', () => {
  it('warns with path, expected and found, and still decodes the rest', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.call.duration = 'thirty';
      }),
    );
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        path: 'call.duration',
        expected: 'a number of seconds (0 or more)',
        found: 'the string "thirty"',
        message:
          'call.duration should be a number of seconds (0 or more), but is the string "thirty"; it is kept under Other fields.',
      },
    ]);
    expect(result.call?.transcript.turns).toHaveLength(4);
    expect(result.call?.status?.raw).toBe('completed');
  });

  it('decodes the other parts when the call object is the wrong type', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.call = 'completed';
      }),
    );
    expect(warningsAt(result, 'call')[0]?.found).toBe('the string "completed"');
    expect(result.call?.actions).toHaveLength(1);
    expect(result.call?.status?.raw).toBe('completed');
  });

  it('warns when there is no call object at all', () => {
    const result = decodeJson(
      seedWith((p) => {
        delete p.call;
      }),
    );
    expect(warningsAt(result, 'call')[0]?.message).toContain('no "call" object');
    expect(result.call?.transcript.state).toBe('missing');
  });

  it('keeps unknown fields at every level by JSON path, values untouched', () => {
    const call = callOf(fixtureJson('synthflow/failed-transfer.json'));
    expect(call.otherFields).toEqual([
      { path: 'workspace_region', value: 'eu-central' },
      { path: 'call.diversion', value: null },
      { path: 'call.agent_version', value: 14 },
    ]);
  });

  it('quotes unknown keys that are not plain names in their path', () => {
    const call = callOf(
      seedWith((p) => {
        p['my field'] = 1;
        p.lead['e-mail'] = 'a@b.c';
      }),
    );
    expect(call.otherFields).toEqual([
      { path: '["my field"]', value: 1 },
      { path: 'lead["e-mail"]', value: 'a@b.c' },
    ]);
  });

  it('keeps a deep unknown value as one entry, not flattened', () => {
    const nested = { nested: [1, 2, { deeper: true }] };
    const call = callOf(
      seedWith((p) => {
        p.call.new_field = nested;
      }),
    );
    expect(call.otherFields).toEqual([{ path: 'call.new_field', value: nested }]);
  });
});
