/** User-visible text of the entry pages themselves (titles, the panel's name). */
export const pages = {
  productName: 'Hookline',
  tagline: 'AI call webhooks, readable.',
  panelTitle: 'Hookline',
  panelViews: 'Panel views',
  networkView: 'Network',
  pasteView: 'Paste or bin URL',
} as const;
