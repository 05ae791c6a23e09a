/** User-visible text of the entry pages themselves (titles, the panel's name). */
export const pages = {
  productName: 'Hookline',
  tagline: 'AI call webhooks, readable.',
  panelTitle: 'Hookline',
  openViewer: 'Open in tab',
  emptyState: 'Paste a call webhook payload to see its call card.',
} as const;
