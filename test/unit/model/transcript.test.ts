import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/model';
import { callOf, seedWith } from './helpers';

describe('transcript turns', () => {
  it('splits the seed transcript into alternating bot and human turns', () => {
    const { turns } = callOf(seedWith(() => {})).transcript;
    expect(turns.map((t) => [t.role, t.label])).toEqual([
      ['agent', 'bot'],
      ['caller', 'human'],
      ['agent', 'bot'],
      ['caller', 'human'],
    ]);
    expect(turns[1]?.text).toBe('Yes. I want to buy a car.');
  });

  it('drops the leading newline and the two spaces after the colon', () => {
    const { turns } = parseTranscript('\nbot:  Hello there.\nhuman:  Hi.');
    expect(turns).toEqual([
      { role: 'agent', label: 'bot', text: 'Hello there.' },
      { role: 'caller', label: 'human', text: 'Hi.' },
    ]);
  });

  it('maps bot, assistant, agent and AI to the agent, in any case', () => {
    const { turns } = parseTranscript('BOT: a\nAssistant: b\nagent: c\nAI: d\nai:e');
    expect(turns.every((t) => t.role === 'agent')).toBe(true);
    expect(turns.map((t) => t.label)).toEqual(['BOT', 'Assistant', 'agent', 'AI', 'ai']);
  });

  it('maps human, user and customer to the caller, in any case', () => {
    const { turns } = parseTranscript('Human: a\nUSER: b\ncustomer:    c');
    expect(turns.map((t) => [t.role, t.text])).toEqual([
      ['caller', 'a'],
      ['caller', 'b'],
      ['caller', 'c'],
    ]);
  });

  it('continues the previous turn on a line without a prefix', () => {
    const { turns } = parseTranscript(
      'human: About 84 square metres,\nthree rooms and a balcony.\nbot: Thanks.',
    );
    expect(turns[0]).toEqual({
      role: 'caller',
      label: 'human',
      text: 'About 84 square metres,\nthree rooms and a balcony.',
    });
    expect(turns).toHaveLength(2);
  });

  it('does not take a colon after an ordinary word for a speaker', () => {
    const { turns } = parseTranscript('bot: Note: the office opens at 9.\nTime: 10:30 works');
    expect(turns).toEqual([
      { role: 'agent', label: 'bot', text: 'Note: the office opens at 9.\nTime: 10:30 works' },
    ]);
  });

  it('keeps text before the first prefix as a turn of an unknown speaker', () => {
    const { turns } = parseTranscript('[call connected]\nbot: Hello');
    expect(turns[0]).toEqual({ role: 'unknown', label: '', text: '[call connected]' });
    expect(turns[1]?.role).toBe('agent');
  });

  it('keeps a transcript without any prefix as one unknown turn', () => {
    expect(parseTranscript('just some words').turns).toEqual([
      { role: 'unknown', label: '', text: 'just some words' },
    ]);
  });

  it('keeps a transcript that ends mid-sentence as it is', () => {
    const { turns } = parseTranscript('bot:  Hola Ana, soy Laura de');
    expect(turns).toEqual([{ role: 'agent', label: 'bot', text: 'Hola Ana, soy Laura de' }]);
  });

  it('reads Windows line endings', () => {
    const { turns } = parseTranscript('bot: Hi\r\nhuman: Hello\r\n');
    expect(turns.map((t) => t.text)).toEqual(['Hi', 'Hello']);
  });

  it('keeps a prefixed line with nothing said as an empty turn', () => {
    expect(parseTranscript('bot: Hello?\nhuman:\nbot: Are you there?').turns[1]).toEqual({
      role: 'caller',
      label: 'human',
      text: '',
    });
  });

  it('marks an empty transcript as empty, not missing', () => {
    const call = callOf(
      seedWith((p) => {
        p.call.transcript = '';
      }),
    );
    expect(call.transcript).toEqual({ state: 'empty', path: 'call.transcript', turns: [] });
    expect(parseTranscript(' \n ').state).toBe('empty');
  });

  it('marks a payload without a transcript as missing', () => {
    const call = callOf(
      seedWith((p) => {
        delete p.call.transcript;
      }),
    );
    expect(call.transcript).toEqual({ state: 'missing', turns: [] });
  });

  it('keeps the raw transcript text unchanged', () => {
    const raw = '\nbot:  Hi \nhuman:  Yo';
    expect(parseTranscript(raw).raw).toBe(raw);
  });

  it('splits a transcript of a hundred thousand lines quickly', () => {
    const raw =
      'bot: Hello, how can I help you today?\nhuman: I would like to book a table.\n'.repeat(
        50_000,
      );
    const started = performance.now();
    const { turns } = parseTranscript(raw);
    expect(turns).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays linear on a long line of letters that never reaches a colon', () => {
    const started = performance.now();
    parseTranscript(`${'a'.repeat(2_000_000)}\n${'b:'.repeat(1_000_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
