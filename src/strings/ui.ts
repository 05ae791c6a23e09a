/** User-visible text: ui. */
export const ui = {} as const;
