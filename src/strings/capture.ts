/** User-visible text: the DevTools panel's network capture (src/ui/capture/). */
export const capture = {
  label: 'Calls captured from network traffic',
  listLabel: 'Captured calls',
  emptyTitle: 'Watching this page’s network traffic for call webhooks',
  emptyBody:
    'Hookline looks at the JSON request bodies and JSON responses of the page DevTools is open on, including webhook.site’s dashboard, and lists every call payload it finds. Reload the page or trigger a call to see them here.',
  emptyOnlyWhileOpen:
    'Capture runs only while DevTools is open. Nothing is injected into the page, and nothing captured is stored or sent anywhere.',
  jsonWithoutCall: (n: number) =>
    n === 1
      ? 'This page’s traffic held JSON (1 body), but no call payload yet.'
      : `This page’s traffic held JSON (${n} bodies), but no call payload yet.`,
  largeSkipped: (n: number, limit: string) =>
    n === 1
      ? `1 large response not inspected (over ${limit}).`
      : `${n} large responses not inspected (over ${limit} each).`,
  droppedOldest: (n: number, limit: number) =>
    n === 1
      ? `The list keeps the newest ${limit} calls; 1 older call was dropped.`
      : `The list keeps the newest ${limit} calls; ${n} older calls were dropped.`,
  paused: 'Paused: new traffic is ignored until you resume.',
  pause: 'Pause',
  resume: 'Resume',
  clear: 'Clear',
  preserve: 'Preserve across navigation',
  selectHint: 'Select a call to see its card.',
  detailLabel: 'Selected call',
  openInTab: 'Open in tab',
} as const;
