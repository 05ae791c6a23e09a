/**
 * Any address that serves JSON: one payload, a list of them, a saved webhook.site page, or a
 * platform's own list document, opened by the model's one extraction step.
 */
import { extractPayloads } from '../model/extract';
import type { BinRequest, JsonUrlTarget } from './types';
import { requestFromRecord } from './webhook-site';

/** `text` is the document as served, kept byte for byte when it is a single payload. */
export function parseJsonDocument(
  json: unknown,
  text: string,
  target: JsonUrlTarget,
): BinRequest[] {
  const found = extractPayloads(json, text);
  return found.map((candidate, index) => {
    // Positions, not the records' own ids: a hand-made document may repeat or omit them.
    const single = found.length === 1 && !candidate.path.includes('[');
    const id = single ? 'document' : `item-${index + 1}`;
    const fields = candidate.record
      ? requestFromRecord(candidate.record, id, target.url)
      : { id, siteUrl: target.url };
    const path = candidate.path === '' ? {} : { payloadPath: candidate.path };
    return { ...fields, bodyText: candidate.text, ...path };
  });
}
