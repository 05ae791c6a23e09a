/** Height of one tree row in CSS pixels (raw.css sets the same). */
export const ROW_HEIGHT = 20;

/**
 * Tallest scroll area made. Firefox stops growing an element at roughly 8 million px (Chromium at
 * ~33 M), so a million rows cannot be 20 M px tall: past this height the scroll position maps to
 * a row proportionally instead.
 */
export const MAX_SCROLL_HEIGHT = 4_000_000;

export interface RowWindow {
  /** First row to render. */
  first: number;
  /** Rows to render from `first`. */
  count: number;
  /** Offset of the first rendered row from the top of the scroll area, in px. */
  offset: number;
  /** Height of the scroll area, in px. */
  height: number;
}

/** Rows to fill the view, with one spare below so a partly shown row is drawn. */
function rowsInView(viewHeight: number, rowHeight: number): number {
  return Math.ceil(viewHeight / rowHeight) + 1;
}

/** Which rows a scroll position shows. */
export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  rowCount: number,
  rowHeight = ROW_HEIGHT,
  maxHeight = MAX_SCROLL_HEIGHT,
): RowWindow {
  const full = rowCount * rowHeight;
  const height = Math.min(full, maxHeight);
  const inView = rowsInView(viewHeight, rowHeight);
  let first: number;
  let offset: number;
  if (full <= maxHeight) {
    first = Math.max(0, Math.min(Math.floor(scrollTop / rowHeight), rowCount - 1));
    offset = first * rowHeight;
  } else {
    const maxScroll = Math.max(1, height - viewHeight);
    const lastFirst = Math.max(0, rowCount - Math.floor(viewHeight / rowHeight));
    const ratio = Math.max(0, Math.min(1, scrollTop / maxScroll));
    first = Math.round(ratio * lastFirst);
    // Draw the rows where the view is: the scroll area is only a proxy for the position.
    offset = Math.min(scrollTop, Math.max(0, height - inView * rowHeight));
  }
  return { first, count: Math.max(0, Math.min(inView, rowCount - first)), offset, height };
}

/** The scroll position that shows row `index`, or `current` when it is already in view. */
export function scrollTopFor(
  index: number,
  current: number,
  viewHeight: number,
  rowCount: number,
  rowHeight = ROW_HEIGHT,
  maxHeight = MAX_SCROLL_HEIGHT,
): number {
  const window = rowWindow(current, viewHeight, rowCount, rowHeight, maxHeight);
  const fullyShown = Math.floor(viewHeight / rowHeight);
  if (index >= window.first && index < window.first + fullyShown) return current;
  const full = rowCount * rowHeight;
  // Put the row near the middle of the view.
  const first = Math.max(0, index - Math.floor(fullyShown / 2));
  if (full <= maxHeight) return Math.min(first * rowHeight, Math.max(0, full - viewHeight));
  const height = Math.min(full, maxHeight);
  const lastFirst = Math.max(1, rowCount - fullyShown);
  return (Math.min(first, lastFirst) / lastFirst) * Math.max(1, height - viewHeight);
}
