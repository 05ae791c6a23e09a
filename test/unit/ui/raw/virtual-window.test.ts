import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_HEIGHT,
  ROW_HEIGHT,
  rowWindow,
  scrollTopFor,
} from '../../../../src/ui/raw/virtual-window';

describe('rowWindow', () => {
  it('draws only the rows in view', () => {
    expect(rowWindow(0, 400, 1000)).toEqual({ first: 0, count: 21, offset: 0, height: 20_000 });
    expect(rowWindow(2010, 400, 1000)).toMatchObject({ first: 100, offset: 2000 });
    expect(rowWindow(0, 400, 3).count).toBe(3);
  });

  it('maps the scroll position proportionally past the tallest scroll area', () => {
    const rows = 1_000_000;
    const top = rowWindow(0, 400, rows);
    expect(top.height).toBe(MAX_SCROLL_HEIGHT);
    expect(top.first).toBe(0);
    const bottom = rowWindow(MAX_SCROLL_HEIGHT - 400, 400, rows);
    expect(bottom.first + Math.floor(400 / ROW_HEIGHT)).toBe(rows);
    expect(bottom.first + bottom.count).toBe(rows);
    const middle = rowWindow((MAX_SCROLL_HEIGHT - 400) / 2, 400, rows);
    expect(Math.abs(middle.first - rows / 2)).toBeLessThan(20);
  });
});

describe('scrollTopFor', () => {
  it('keeps the position when the row is in view, else centres it', () => {
    expect(scrollTopFor(5, 0, 400, 1000)).toBe(0);
    expect(scrollTopFor(500, 0, 400, 1000)).toBe((500 - 10) * ROW_HEIGHT);
  });

  it('reaches a row far down a scaled scroll area', () => {
    const rows = 1_000_000;
    const top = scrollTopFor(900_000, 0, 400, rows);
    const shown = rowWindow(top, 400, rows);
    expect(900_000).toBeGreaterThanOrEqual(shown.first);
    expect(900_000).toBeLessThan(shown.first + shown.count);
  });
});
