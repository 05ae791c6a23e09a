// 24-hour time keeps the column narrow and lines up like DevTools' own network timings.
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "18:17:46" in the viewer's time zone. */
export function formatClock(ms: number): string {
  return clock.format(ms);
}

/** Date and time, for a tooltip. */
export function formatDateTime(ms: number): string {
  return full.format(ms);
}
