import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../../src/model/decode-call';
import { findAsSentChanges } from '../../../../src/model/json/as-sent';
import { readFixture } from '../vendors/golden';

const changes = (text: string) => findAsSentChanges(text, JSON.parse(text));

describe('findAsSentChanges: where JSON.parse changes what was sent', () => {
  it('keeps the source text of numbers a JavaScript number cannot hold', () => {
    expect(
      changes('{"a": {"cost": 1e400, "id": 12345678901234567890, "ok": 9007199254740991}}'),
    ).toEqual({
      numbers: [
        { path: 'a.cost', source: '1e400' },
        { path: 'a.id', source: '12345678901234567890' },
      ],
      duplicates: [],
    });
  });

  it('finds an integer just past 2^53 and a 400-digit one, and leaves 2^53 itself alone', () => {
    const huge = `1${'0'.repeat(400)}`;
    expect(
      changes(`{"over": 9007199254740993, "exact": 9007199254740992, "huge": ${huge}}`).numbers,
    ).toEqual([
      { path: 'over', source: '9007199254740993' },
      { path: 'huge', source: huge },
    ]);
  });

  it('ignores long digit runs inside strings and numbers that are exact', () => {
    const text = '{"phone": "+55319765400001234567", "big": 10000000000000000, "e": 1.5e-300}';
    expect(changes(text)).toEqual({ numbers: [], duplicates: [] });
  });

  it('names a property that appears twice in one object, but not the same key in two objects', () => {
    const text =
      '{"call": {"status": "queued", "x": "a\\": b", "status": "completed"}, "b": {"status": 1}}';
    expect(changes(text).duplicates).toEqual([{ path: 'call.status', key: 'status' }]);
  });
});

describe('decodeCallText: values shown as sent', () => {
  it('warns about a rounded id and a replaced duplicate, keeping the number as sent', () => {
    const payload = JSON.parse(readFixture('retell', 'call-ended-agent-hangup.json'));
    const text = JSON.stringify(payload).replace(
      '"call":{',
      '"call":{"big_id":123456789012345678901,"call_id":"dropped",',
    );
    const result = decodeCallText(text);
    expect(result.call?.vendor).toBe('retell');
    expect(result.numbersAsSent).toEqual({ 'call.big_id': '123456789012345678901' });
    const messages = result.problems.map((problem) => problem.message);
    expect(messages).toContain(
      'call.big_id was sent as 123456789012345678901, which a JavaScript number cannot hold exactly (it reads as 123456789012345680000); the value as sent is 123456789012345678901.',
    );
    expect(messages).toContain(
      'call.call_id appears twice in the same object. The later value wins, as in JSON.parse (and most likely on your server too); the earlier one is not shown.',
    );
  });

  it('keeps a rounded numeric id as sent in the record, so calls whose ids round alike stay apart', () => {
    const text = readFixture('retell', 'call-ended-agent-hangup.json').replace(
      '"call_id": "call_3c5e7a9b1d3f5a7c9e1b3d5f7a9"',
      '"call_id": 12345678901234567891',
    );
    const { call } = decodeCallText(text);
    expect(call?.ids[0]).toEqual({
      kind: 'call',
      value: '12345678901234567891',
      path: 'call.call_id',
    });
    expect(call?.callKey).toBe('12345678901234567891');
  });

  it("finds them in the body a webhook.site request record holds, by the body's paths", () => {
    const body = readFixture('retell', 'call-ended-agent-hangup.json').replace(
      '"agent_version": 3',
      '"agent_version": 3, "big": 1e400',
    );
    const record = `{"uuid": "u", "method": "POST", "size": 1e400, "content": ${JSON.stringify(body)}}`;
    const result = decodeCallText(record);
    expect(result.unwrappedFrom).toBeDefined();
    expect(result.numbersAsSent).toEqual({ 'call.big': '1e400' });
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['call.big', 'size']),
    );
  });
});
