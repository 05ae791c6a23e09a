import { hmacText } from './hmac';
import { type HmacOptions, SCHEMES, type SchemeId } from './schemes';
import { optionsFor, recipeFor } from './signed-message';

/**
 * The headers that make `rawBody` verify under `scheme` now, for replaying a webhook to the
 * developer's own server with a fresh timestamp. Undefined when the message cannot be built
 * (a Synthflow body without a call id).
 */
export async function signatureHeaders(
  scheme: SchemeId,
  rawBody: string,
  secret: string,
  nowMs: number,
  options?: HmacOptions,
): Promise<Record<string, string> | undefined> {
  if (scheme === 'vapi-secret') return { [SCHEMES['vapi-secret'].header as string]: secret };
  const recipe = recipeFor(scheme, options);
  if (recipe === undefined) return undefined;
  const stamp = scheme === 'elevenlabs' ? String(Math.floor(nowMs / 1000)) : String(nowMs);
  const message = recipe.message(rawBody, stamp);
  if (message === undefined) return undefined;
  const digest = await hmacText(recipe.algorithm, recipe.encoding, secret, message);
  switch (scheme) {
    case 'retell':
      return { [SCHEMES.retell.header as string]: `v=${stamp},d=${digest}` };
    case 'elevenlabs':
      return { [SCHEMES.elevenlabs.header as string]: `t=${stamp},v0=${digest}` };
    case 'bland':
    case 'synthflow':
      return { [SCHEMES[scheme].header as string]: digest };
    case 'vapi-hmac':
    case 'generic-hmac': {
      const plan = optionsFor(scheme, options);
      const signature = { [plan.header]: `${plan.prefix ?? ''}${digest}` };
      return plan.timestampHeader === undefined
        ? signature
        : { ...signature, [plan.timestampHeader]: stamp };
    }
  }
}
