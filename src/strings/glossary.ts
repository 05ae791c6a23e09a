/**
 * User-visible text: what a payload is when no platform's decoder names it (not a call, two
 * platforms alike, not JSON) and the wrappers a payload can arrive in. Each platform's own words
 * live in glossary/<platform>.ts.
 */

export const glossary = {
  formats: {
    notACall: {
      label: 'Not a call payload',
      description: (shape: string) =>
        `This is ${shape}, not a call payload Hookline knows how to read.`,
    },
    ambiguous: {
      label: 'Platform unclear',
      description: 'More than one platform sends payloads shaped like this one.',
    },
    invalid: {
      label: 'Not readable',
      description: 'The input could not be read as JSON.',
    },
  },
  /** Names the wrapper a payload was found in, for a note above the card. */
  wrappers: {
    webhookSiteRecord: (method: string | undefined, createdAt: string | undefined) => {
      const details = [method, createdAt === undefined ? undefined : `received ${createdAt} UTC`]
        .filter((part) => part !== undefined)
        .join(', ');
      return details === ''
        ? 'a webhook.site request record'
        : `a webhook.site request record (${details})`;
    },
  },
} as const;
