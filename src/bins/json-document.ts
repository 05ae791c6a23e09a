/**
 * Any address that serves JSON: one payload, an array of payloads, or an object with a `data`
 * array of them (the shape of a saved webhook.site page). Items that are webhook.site request
 * records are unwrapped to the body they captured.
 */
import { isBinRecord, isPlainObject } from '../model';
import type { BinRequest, JsonUrlTarget } from './types';
import { requestFromRecord } from './webhook-site';

function itemsOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isPlainObject(json) && Array.isArray(json.data)) return json.data;
  return undefined;
}

function requestFromItem(item: unknown, id: string, target: JsonUrlTarget): BinRequest {
  if (isBinRecord(item)) return requestFromRecord(item, id, target.url);
  return { id, bodyText: JSON.stringify(item, null, 2), siteUrl: target.url };
}

/** `text` is the document as served, kept byte for byte when it is a single payload. */
export function parseJsonDocument(
  json: unknown,
  text: string,
  target: JsonUrlTarget,
): BinRequest[] {
  const items = itemsOf(json);
  if (items === undefined) {
    return isBinRecord(json)
      ? [requestFromRecord(json, 'document', target.url)]
      : [{ id: 'document', bodyText: text, siteUrl: target.url }];
  }
  // Positions, not the records' own ids: a hand-made document may repeat or omit them.
  return items.map((item, index) => requestFromItem(item, `item-${index + 1}`, target));
}
