import { describe, expect, it } from 'vitest';
import { type CapturedCall, filterCalls, NO_FILTER, statusChoices } from '../../../src/capture';
import { inspectBodies, readBodies } from '../../../src/capture/inspect-entry';
import {
  customEndText,
  harEntry,
  inboundText,
  noAnswerText,
  seedText,
  voicemailText,
} from './har-fixtures';

async function captured(): Promise<CapturedCall[]> {
  const bodies = [seedText, noAnswerText, customEndText, voicemailText, inboundText];
  const calls: CapturedCall[] = [];
  for (const [i, requestBody] of bodies.entries()) {
    const entry = harEntry({
      method: 'POST',
      url: `https://app.example.com/hook/${i}`,
      requestBody,
    });
    const work = inspectBodies(entry, await readBodies(entry));
    let step = work.next();
    while (!step.done) step = work.next();
    for (const body of step.value) if (body.kind === 'calls') calls.push(...body.calls);
  }
  return calls;
}

const leads = (calls: readonly CapturedCall[]) =>
  calls.map((call) => {
    const lead = call.result.call?.customer;
    return lead?.name ?? lead?.number ?? call.result.format.id;
  });

describe('filtering captured calls', () => {
  it('shows everything without a filter', async () => {
    const calls = await captured();
    expect(filterCalls(calls, NO_FILTER)).toBe(calls);
  });

  it('filters by outcome', async () => {
    const calls = await captured();
    expect(leads(filterCalls(calls, { status: 'no-answer', text: '' }))).toEqual(['+13125550147']);
    expect(leads(filterCalls(calls, { status: 'agent-ended', text: '' }))).toEqual([
      'David',
      'Tom Becker',
    ]);
  });

  it('matches lead name, phone, call id, URL and transcript text, ignoring case', async () => {
    const calls = await captured();
    const byText = (text: string) => leads(filterCalls(calls, { status: '', text }));
    expect(byText('  tom BECKER ')).toEqual(['Tom Becker']);
    expect(byText('+1312555')).toEqual(['+13125550147']);
    expect(byText('1711646262471x768387119913843100')).toEqual(['David']);
    expect(byText('/hook/3')).toEqual(['Ana Ruiz']);
    expect(byText('calling from [company]')).toEqual(['David']);
    expect(byText('inbound')).toEqual(['synthflow-inbound']);
    expect(byText('nobody by this name')).toEqual([]);
  });

  it('combines outcome and text', async () => {
    const calls = await captured();
    expect(leads(filterCalls(calls, { status: 'agent-ended', text: 'tom' }))).toEqual([
      'Tom Becker',
    ]);
    expect(leads(filterCalls(calls, { status: 'no-answer', text: 'tom' }))).toEqual([]);
  });

  it('offers the outcomes present, the same words for every platform, with counts', async () => {
    const choices = statusChoices(await captured());
    expect(choices.map(({ raw, label, count }) => [raw, label, count])).toEqual([
      ['agent-ended', 'Ended by the agent', 2],
      ['no-answer', 'No answer', 1],
      ['voicemail', 'Voicemail', 1],
    ]);
  });
});
