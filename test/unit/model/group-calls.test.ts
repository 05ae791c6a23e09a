import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../src/model/decode-call';
import { groupCalls } from '../../../src/model/group-calls';
import type { Observation } from '../../../src/model/observation';
import { retellEventText } from '../../support/retell-events';
import { fixtureText } from '../capture/har-fixtures';

/** A delivery as a bin lists it; `at` in seconds for readable tests. */
function delivered(id: string, body: string, at: number): Observation {
  return {
    id,
    source: 'bin',
    receivedAtMs: at * 1000,
    rawBody: body,
    result: decodeCallText(body),
  };
}

/** Newest first, as bins and the capture store hold them. */
const newestFirst = (list: Observation[]) =>
  [...list].sort((a, b) => (b.receivedAtMs ?? 0) - (a.receivedAtMs ?? 0));

const eventsOf = (group: { events: { observation: Observation }[] } | undefined) =>
  group?.events.map((event) => event.observation.result.call?.event.raw);

describe('groupCalls: one row per call', () => {
  it("folds Retell's three events of one call into one group whose card is call_analyzed", () => {
    const groups = groupCalls(
      newestFirst([
        delivered('r1', retellEventText('call_started', 'call_A'), 10),
        delivered('r2', retellEventText('call_ended', 'call_A'), 600),
        delivered('r3', retellEventText('call_analyzed', 'call_A'), 610),
      ]),
    );
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group?.key).toBe('retell:call_A');
    expect(eventsOf(group)).toEqual(['call_started', 'call_ended', 'call_analyzed']);
    expect(group?.card.observation.id).toBe('r3');
    expect(group?.deliveries).toBe(1);
  });

  it('keeps the most complete event as the card even when an earlier one arrives last', () => {
    const groups = groupCalls([
      delivered('late', retellEventText('call_ended', 'call_A'), 700),
      delivered('r3', retellEventText('call_analyzed', 'call_A'), 610),
    ]);
    expect(groups[0]?.card.observation.id).toBe('r3');
  });

  it('takes Vapi’s report over the status update that came before it', () => {
    const groups = groupCalls(
      newestFirst([
        delivered('s', fixtureText('vapi/status-update-ended.json'), 40),
        delivered('rep', fixtureText('vapi/end-of-call-report-assistant-ended-call.json'), 41),
      ]),
    );
    expect(groups).toHaveLength(1);
    expect(eventsOf(groups[0])).toEqual(['status-update', 'end-of-call-report']);
    expect(groups[0]?.card.observation.id).toBe('rep');
  });

  it('keeps ElevenLabs’ transcription as the card when the audio of the call arrives after it', () => {
    const groups = groupCalls(
      newestFirst([
        delivered('t', fixtureText('elevenlabs/transcription-tool-calls.json'), 100),
        delivered('a', fixtureText('elevenlabs/post-call-audio.json'), 130),
      ]),
    );
    expect(groups).toHaveLength(1);
    expect(eventsOf(groups[0])).toEqual(['post_call_transcription', 'post_call_audio']);
    expect(groups[0]?.card.observation.id).toBe('t');
  });

  it('shows a retried delivery as one event delivered twice, not as another row', () => {
    const report = fixtureText('vapi/end-of-call-report-transfer-failed.json');
    const groups = groupCalls(
      newestFirst([delivered('d1', report, 5), delivered('d2', report, 35)]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.events).toHaveLength(1);
    expect(groups[0]?.deliveries).toBe(2);
    expect(groups[0]?.events[0]?.deliveries.map((o) => o.id)).toEqual(['d2', 'd1']);
  });

  it('keeps different calls apart, the newest call first, and non-calls each on their own', () => {
    const groups = groupCalls(
      newestFirst([
        delivered('a', retellEventText('call_ended', 'call_A'), 10),
        delivered('b', retellEventText('call_ended', 'call_B', 'Marta Silva'), 20),
        delivered('ping', '', 30),
        delivered('ping2', '', 31),
      ]),
    );
    expect(groups.map((group) => group.key)).toEqual([
      'id:ping2',
      'id:ping',
      'retell:call_B',
      'retell:call_A',
    ]);
  });

  it('groups across a page boundary and keeps groups stable as new deliveries arrive', () => {
    const firstPage = [delivered('r3', retellEventText('call_analyzed', 'call_A'), 610)];
    const secondPage = [delivered('r2', retellEventText('call_ended', 'call_A'), 600)];
    const other = delivered('b', retellEventText('call_ended', 'call_B', 'Marta Silva'), 50);
    const before = groupCalls([...firstPage, other]);
    const loaded = groupCalls([...firstPage, other, ...secondPage], before);
    expect(loaded.map((g) => g.key)).toEqual(['retell:call_A', 'retell:call_B']);
    expect(loaded[0]?.events).toHaveLength(2);
    // The row that did not change is the very same object: it does not render again.
    expect(loaded[1]).toBe(before[1]);
    const arrived = delivered('new', retellEventText('call_ended', 'call_C'), 900);
    const after = groupCalls([arrived, ...firstPage, other, ...secondPage], loaded);
    expect(after.map((g) => g.key)).toEqual(['retell:call_C', 'retell:call_A', 'retell:call_B']);
    expect(after[1]).toBe(loaded[0]);
  });
});
