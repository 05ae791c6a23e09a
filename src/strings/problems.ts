/** User-visible text: problems. */
export const problems = {} as const;
