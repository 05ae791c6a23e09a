/** User-visible text: glossary. */
export const glossary = {} as const;
