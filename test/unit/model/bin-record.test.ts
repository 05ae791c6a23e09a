import { describe, expect, it } from 'vitest';
import { decodeCallText, decodeCallValue, unwrapBinRecord } from '../../../src/model';
import { fixtureJson, fixtureText } from './helpers';

describe('webhook.site request records', () => {
  it('shows the call inside a pasted webhook.site request record and says where it came from', () => {
    const result = decodeCallText(fixtureText('synthflow/webhook-site-record.json'));
    expect(result.format.id).toBe('synthflow-post-call');
    expect(result.call?.customer.name).toBe('Maria Schneider');
    expect(result.unwrappedFrom).toBe(
      'a webhook.site request record (POST, received 2025-06-12 07:44:19 UTC)',
    );
    expect(result.json).toEqual(fixtureJson('synthflow/failed-transfer.json'));
  });

  it('unwraps the body of a record on its own', () => {
    const unwrapped = unwrapBinRecord(fixtureJson('synthflow/webhook-site-record.json'));
    expect(unwrapped?.bodyIsJson).toBe(true);
    expect(unwrapped?.body).toEqual(fixtureJson('synthflow/failed-transfer.json'));
  });

  it('leaves objects that merely have a content field alone', () => {
    expect(unwrapBinRecord({ content: '{}' })).toBeUndefined();
    expect(unwrapBinRecord({ content: 5, uuid: 'x', method: 'POST' })).toBeUndefined();
    expect(unwrapBinRecord(fixtureJson('synthflow/seed-example.json'))).toBeUndefined();
  });

  it('says the record body is not JSON, pointing into the body', () => {
    const record = {
      uuid: 'u',
      method: 'POST',
      created_at: '2025-06-12 07:44:19',
      content: 'name=Ana&phone=1',
    };
    const result = decodeCallValue(record);
    expect(result.format.id).toBe('not-a-call');
    expect(result.call).toBeUndefined();
    expect(result.json).toBe(record);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      path: 'content',
      expected: 'a JSON body',
    });
    expect(result.problems[0]?.message).toContain('the body it captured is not JSON');
    expect(result.format.description).toBe(result.problems[0]?.message);
  });

  it('gives line and column for a record whose body is broken JSON', () => {
    const result = decodeCallValue({
      uuid: 'u',
      method: 'POST',
      content: '{\n"status": completed}',
    });
    expect(result.problems[0]).toMatchObject({ path: 'content', line: 2, column: 11 });
  });

  it('says the record body is empty', () => {
    const result = decodeCallValue({ uuid: 'u', method: 'GET', content: '' });
    expect(result.problems[0]?.message).toBe(
      'This is a webhook.site request record, but the body it captured is empty.',
    );
  });

  it('says what the body is when it is JSON but no call', () => {
    const result = decodeCallValue({ uuid: 'u', method: 'POST', content: '[1,2]' });
    expect(result.format.description).toContain('a JSON array of 2 items');
    expect(result.unwrappedFrom).toBe('a webhook.site request record (POST)');
  });
});
