/** User-visible text: bins. */
export const bins = {} as const;
