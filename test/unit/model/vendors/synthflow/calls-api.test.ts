import { describe, expect, it } from 'vitest';
import { decodeCallValue } from '../../../../../src/model/decode-call';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { callOf, decoded, fixture, fixtureWith } from './helpers';

const items = () => synthflow.listItems?.(fixture('api-list.json')) ?? [];

describe("Synthflow's calls API", () => {
  it('splits a calls API page into its calls, each with its JSON path', () => {
    expect(items().map((item) => item.path)).toEqual([
      'response.calls[0]',
      'response.calls[1]',
      'response.calls[2]',
      'response.calls[3]',
    ]);
    expect(items()[1]?.value).toMatchObject({ call_status: 'user-canceled' });
  });

  it('is no list for a webhook, an empty object or a list of another shape', () => {
    expect(synthflow.listItems?.(fixture('seed-example.json'))).toBeUndefined();
    expect(synthflow.listItems?.({})).toBeUndefined();
    expect(synthflow.listItems?.({ data: [{ call_status: 'completed' }] })).toBeUndefined();
  });

  it('says what a pasted page is and how many calls it holds, rather than "not a call"', () => {
    const result = decodeCallValue(fixture('api-list.json'));
    expect(result.format).toMatchObject({ id: 'synthflow-api-list', vendor: 'synthflow' });
    expect(result.call).toBeUndefined();
    expect(result.facts).toEqual([
      { label: 'Calls in this list', value: '4' },
      { label: 'Calls in all pages', value: '57' },
    ]);
  });

  it('reads each call of a page as a call', () => {
    const categories = items().map((item) => decodeCallValue(item.value).call?.outcome.category);
    expect(categories).toEqual(['caller-ended', 'caller-ended', 'voicemail', 'error']);
  });

  it('reads a single user-canceled record: who, when, how long, in which direction', () => {
    const result = decoded(fixture('api-call-user-canceled.json'));
    expect(result.format).toMatchObject({ id: 'synthflow-api-call', vendor: 'synthflow' });
    const call = result.call;
    expect(call?.outcome).toMatchObject({
      category: 'caller-ended',
      endedBy: 'caller',
      status: { raw: 'user-canceled', path: 'call_status' },
      endReason: { raw: 'user_canceled', path: 'end_call_reason' },
      failures: [],
    });
    expect(call?.direction).toBe('inbound');
    expect(call?.customer).toEqual({ number: '+4917612345678', path: 'lead_phone_number' });
    expect(call?.agent).toEqual({ number: '+4930901877', path: 'agent_phone_number' });
    expect(call?.timing.start).toEqual({
      ms: 1781600000000,
      raw: '1781600000000',
      path: 'start_time',
    });
    expect(call?.timing.duration).toMatchObject({ seconds: 0, raw: '0', unit: 's' });
    expect(call?.callKey).toBe('5a3f7c91-0e2d-4b86-9c14-e8d6a2b7f530');
    expect(explainCode('synthflow', 'status', 'user-canceled').explanation).toContain(
      'within the first second',
    );
  });

  it('keeps the numbers it cannot assign, and the telephony leg, under Other fields', () => {
    const call = callOf(fixture('api-call-user-canceled.json'));
    expect(call.otherFields).toContainEqual({ path: 'phone_number_from', value: '+4930901820' });
    expect(call.otherFields).toContainEqual({ path: 'telephony_duration', value: 812 });
    expect(call.otherFields).toContainEqual({
      path: 'telephony_sip_headers',
      value: { 'X-Call-Source': 'website-button' },
    });
  });

  it('assigns phone_number_from and _to by direction when no lead or agent number is sent', () => {
    const call = callOf(
      fixtureWith((p) => {
        delete p.lead_phone_number;
        delete p.agent_phone_number;
      }, 'api-call-user-canceled.json'),
    );
    expect(call.customer.number).toBe('+4930901820');
    expect(call.agent.number).toBe('+4930901877');
  });

  it('uses the telephony duration in ms when no duration is sent, and says so', () => {
    const call = callOf(
      fixtureWith((p) => {
        delete p.duration;
        p.telephony_duration = 95210;
      }, 'api-call-user-canceled.json'),
    );
    expect(call.timing.duration).toEqual({
      seconds: 95.21,
      raw: 95210,
      path: 'telephony_duration',
      unit: 'ms',
    });
    const note = call.notes.find((n) => n.kind === 'synthflow.duration-from-telephony');
    expect(noteText('synthflow', note?.kind ?? '', note?.values)).toContain('telephony_duration');
  });

  it('reads judge_results as the judge verdicts and keeps the telephony reasons as details', () => {
    const [first] = items();
    const call = decodeCallValue(first?.value).call;
    expect(call?.analysis.judgements[0]).toMatchObject({
      key: 'goal',
      verdict: 'true',
      path: 'judge_results.goal',
      rationale: 'A cleaning was booked for Thursday at 2.',
    });
    expect(call?.outcome.details).toContainEqual({
      kind: 'telephonyHangup',
      raw: 'caller',
      path: 'telephony_hangup',
    });
    expect(call?.toolCalls[0]?.atMs).toBe(1776876631200);
  });

  it('reads a failed call with its error text as what went wrong, and no 0:00', () => {
    const call = decodeCallValue(items()[3]?.value).call;
    expect(call?.outcome.failures).toEqual([
      { kind: 'call-error', code: 'Account not found!', path: 'error_message' },
    ]);
    expect(call?.timing.duration).toBeUndefined();
  });
});
