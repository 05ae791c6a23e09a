import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognise, SCORE } from '../../../../../src/model/vendors';
import { bland } from '../../../../../src/model/vendors/bland';
import { fixtureNames, readFixture } from '../golden';

const ID_A = 'c1a2b3c4-0000-4000-8000-000000000001';
const ID_B = 'c1a2b3c4-0000-4000-8000-000000000002';
const payload = (name: string) => JSON.parse(readFixture('bland', name));

/** Every JSON fixture of the other platforms, at any depth under test/fixtures (goldens excluded). */
function otherFixtures(dir = join(process.cwd(), 'test/fixtures')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'bland' || name === 'golden' ? [] : otherFixtures(path);
    }
    return name.endsWith('.json') ? [path] : [];
  });
}

describe('Bland recognition', () => {
  it('is certain about a post-call body with call_id and the same c_id', () => {
    const body = payload('pathway-post-call.json');
    expect(bland.recognise(body)).toBe(SCORE.certain);
    expect(recognise(body)).toMatchObject({ kind: 'one', decoder: bland });
  });

  it('recognises a no-answer call by its ids and call_length, with an empty transcript', () => {
    const noAnswer = payload('no-answer.json');
    expect(noAnswer.transcripts).toEqual([]);
    expect(noAnswer.concatenated_transcript).toBe('');
    expect(bland.recognise(noAnswer)).toBe(SCORE.certain);
    const bare = { call_id: 'a1', c_id: 'a1', queue_status: 'queued' };
    expect(bland.recognise(bare)).toBe(SCORE.certain);
  });

  it('still claims a GET /v1/calls record without c_id, less surely', () => {
    expect(bland.recognise(payload('get-call-agent-ended.json'))).toBe(SCORE.weak);
  });

  it('claims every Bland fixture, and the registry picks Bland alone for each', () => {
    for (const name of fixtureNames('bland')) {
      const value = payload(name);
      expect(bland.recognise(value), name).toBeGreaterThan(0);
      expect(recognise(value), name).toMatchObject({ kind: 'one', decoder: bland });
    }
  });

  it("does not claim any other platform's fixture", () => {
    const files = otherFixtures();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(bland.recognise(JSON.parse(readFileSync(file, 'utf8'))), file).toBe(0);
    }
  });

  it.each([
    ['Vapi', { message: { type: 'end-of-call-report', call: { id: 'x' } } }],
    ['Retell', { event: 'call_ended', call: { call_id: 'call_1', duration_ms: 1 } }],
    ['ElevenLabs', { type: 'post_call_transcription', data: { conversation_id: 'conv_1' } }],
    ['a bare call_id', { call_id: 'abc', status: 'completed' }],
    ['a call_id with an unknown event_type', { call_id: 'abc', event_type: 'call_ended' }],
  ])('does not claim %s', (_name, value) => {
    expect(bland.recognise(value)).toBe(0);
  });

  it('splits a pasted GET /v1/calls list into one payload per call', () => {
    const item = {
      call_id: ID_A,
      created_at: '2023-12-21T23:25:14.801193+00:00',
      call_length: 0.834,
      to: '5550134567',
      from: '+15550114567',
      completed: true,
      queue_status: 'complete',
      error_message: null,
      answered_by: 'human',
    };
    const list = { count: 2, calls: [item, { ...item, call_id: ID_B }] };
    expect(bland.recognise(list)).toBe(0);
    const items = bland.listItems?.(list);
    expect(items?.map((i) => i.path)).toEqual(['calls[0]', 'calls[1]']);
    expect(items?.map((i) => bland.recognise(i.value))).toEqual([SCORE.weak, SCORE.weak]);
    expect(bland.listItems?.({ calls: [{ id: 1 }] })).toBeUndefined();
    expect(bland.listItems?.(JSON.parse(readFixture('bland', 'no-answer.json')))).toBeUndefined();
  });
});
