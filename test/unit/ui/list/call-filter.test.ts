import { describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../../src/model/decode-call';
import { type CallGroup, groupCalls } from '../../../../src/model/group-calls';
import type { Observation } from '../../../../src/model/observation';
import {
  filterGroups,
  NO_FILTER,
  NOT_A_CALL,
  outcomeChoices,
  platformChoices,
} from '../../../../src/ui/list/call-filter';
import { retellEventText } from '../../../support/retell-events';
import { fixtureText } from '../../capture/har-fixtures';

function observed(body: string, n: number, url = `https://app.example.com/hook/${n}`): Observation {
  return {
    id: `o${n}`,
    source: 'capture',
    receivedAtMs: 1000 - n,
    request: { method: 'POST', url, headers: {} },
    rawBody: body,
    result: decodeCallText(body),
  };
}

/** Ana Costa (ended by the caller), Marta Silva (no answer), Dana and Sam (voicemail), a ping. */
function groups(): CallGroup[] {
  return groupCalls([
    observed(retellEventText('call_analyzed', 'call_zq1'), 1),
    observed(retellEventText('call_ended', 'call_zq1'), 2),
    observed(fixtureText('retell/call-ended-dial-no-answer.json'), 3),
    observed(fixtureText('retell/call-analyzed-voicemail.json'), 4, 'https://x.example/voicemail'),
    observed(fixtureText('vapi/end-of-call-report-voicemail.json'), 5),
    observed('{"ping": true}', 6),
  ]);
}

const names = (list: readonly CallGroup[]) =>
  list.map((group) => {
    const call = group.card.observation.result.call;
    return call ? (call.customer.name ?? call.customer.number) : group.card.observation.id;
  });

describe('filtering the call list', () => {
  it('shows every row without a filter', () => {
    expect(names(filterGroups(groups(), NO_FILTER))).toEqual([
      'Ana Costa',
      'Marta Silva',
      'Dana',
      'Sam',
      'o6',
    ]);
  });

  it('filters by outcome category, and by "not a call"', () => {
    const by = (outcome: string) => names(filterGroups(groups(), { ...NO_FILTER, outcome }));
    expect(by('no-answer')).toEqual(['Marta Silva']);
    expect(by('caller-ended')).toEqual(['Ana Costa']);
    expect(by(NOT_A_CALL)).toEqual(['o6']);
  });

  it('filters by platform', () => {
    expect(names(filterGroups(groups(), { ...NO_FILTER, platform: 'vapi' }))).toEqual(['Sam']);
  });

  it('matches customer, number, call id, URL and transcript text of any event, ignoring case', () => {
    const by = (text: string) => names(filterGroups(groups(), { ...NO_FILTER, text }));
    expect(by('  marta SILVA ')).toEqual(['Marta Silva']);
    expect(by('+55119876')).toEqual(['Marta Silva']);
    expect(by('CALL_ZQ1')).toEqual(['Ana Costa']);
    expect(by('book the demo')).toEqual(['Ana Costa']);
    expect(by('x.example/voicemail')).toEqual(['Dana']);
    expect(by('nobody by this name')).toEqual([]);
  });

  it('offers each outcome once, in words, with how many rows have it', () => {
    expect(outcomeChoices(groups()).map((c) => [c.label, c.count])).toEqual([
      ['Ended by the caller', 1],
      ['No answer', 1],
      ['Not a call', 1],
      ['Voicemail', 2],
    ]);
  });

  it('offers one choice per outcome however the status is spelled ("ended", "Ended")', () => {
    // The DevTools status filter listed "completed" and "Completed" as two choices (issue 11).
    const completed = (status: string, id: string) => {
      const body = JSON.parse(retellEventText('call_ended', id));
      body.call.call_status = status;
      body.call.disconnection_reason = 'agent_hangup';
      return JSON.stringify(body);
    };
    const list = groupCalls([
      observed(completed('ended', 'c1'), 1),
      observed(completed('Ended', 'c2'), 2),
    ]);
    expect(list.map((g) => g.card.observation.result.call?.outcome.status?.raw)).toEqual([
      'ended',
      'Ended',
    ]);
    expect(outcomeChoices(list).map((c) => [c.label, c.count])).toEqual([
      ['Ended by the agent', 2],
    ]);
  });

  it('offers each platform present once', () => {
    expect(platformChoices(groups()).map((c) => [c.value, c.count])).toEqual([
      ['retell', 3],
      ['vapi', 1],
    ]);
  });
});
