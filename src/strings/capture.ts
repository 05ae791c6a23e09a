/** User-visible text: capture. */
export const capture = {} as const;
