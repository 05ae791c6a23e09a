import { describe, expect, it } from 'vitest';
import { findRow, flattenJson, rowPath, TreeState } from '../../../../src/model/json/tree';

const doc = {
  status: 'completed',
  call: { transcript: 'bot: Hello', duration: 32, tags: ['a', 'b'] },
  executed_actions: {
    extract_info_1: { return_value: '{"car":"purchase car","budget":[1,2]}' },
  },
};

const lines = (json: unknown, state: TreeState, filter = '') => {
  const { rows } = flattenJson(json, state, filter);
  return rows.map((row, index) => `${rowPath(rows, index)}${row.expanded ? ' open' : ''}`);
};

describe('flattenJson', () => {
  it('opens the root and its members by default, and everything on expand all', () => {
    const state = new TreeState();
    expect(lines(doc, state)).toEqual([
      ' open',
      'status',
      'call open',
      'call.transcript',
      'call.duration',
      'call.tags',
      'executed_actions open',
      'executed_actions.extract_info_1',
    ]);
    state.expandAll();
    expect(lines(doc, state)).toContain('call.tags[1]');
    expect(lines(doc, state)).toContain('executed_actions.extract_info_1.return_value');
    state.collapseAll();
    expect(lines(doc, state)).toEqual([' open', 'status', 'call', 'executed_actions']);
  });

  it('folds and unfolds one container', () => {
    const state = new TreeState();
    const { rows } = flattenJson(doc, state);
    state.toggle(rows, 2);
    expect(lines(doc, state)).toEqual([
      ' open',
      'status',
      'call',
      'executed_actions open',
      'executed_actions.extract_info_1',
    ]);
  });

  it('filters by key or value, keeping the ancestors of what matches', () => {
    const state = new TreeState(1);
    const { rows, matches } = flattenJson(doc, state, 'PURCHASE');
    expect(matches).toBe(1);
    expect(rows.map((_, index) => rowPath(rows, index))).toEqual([
      '',
      'executed_actions',
      'executed_actions.extract_info_1',
      'executed_actions.extract_info_1.return_value',
    ]);
    expect(flattenJson(doc, state, 'duration').rows.map((r) => r.key)).toEqual([
      undefined,
      'call',
      'duration',
    ]);
  });

  it('opens a string holding JSON in place, and reveals a path through it', () => {
    const state = new TreeState();
    const ref = state.openPath(doc, 'executed_actions.extract_info_1.return_value.budget[1]');
    const { rows } = flattenJson(doc, state);
    const index = findRow(rows, ref ?? { parent: {}, key: 'none' });
    expect(rowPath(rows, index)).toBe('executed_actions.extract_info_1.return_value.budget[1]');
    expect(rows[index]?.value).toBe(2);
    const string = rows.find((row) => row.key === 'return_value');
    expect(string?.embedded).toBe(true);
    expect(string?.size).toBe(2);
  });

  it('flattens a 100,000-deep document opened all the way', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    const state = new TreeState();
    state.expandAll();
    const { rows } = flattenJson(value, state);
    expect(rows).toHaveLength(100_001);
    expect(rows.at(-1)?.value).toBe(1);
  });
});
