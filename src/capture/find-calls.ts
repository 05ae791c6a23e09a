import { isBinRecord, isPlainObject } from '../model';
import { type CallDecodeResult, decodeCallValue } from '../model/decode-call';

export interface FoundCall {
  /** Position in a list body; undefined when the whole body is the payload. */
  index?: number;
  result: CallDecodeResult;
  /** The payload as text, for "Open in tab". */
  text: string;
}

/** A recognised payload format: a call, or a vendor's other webhook (e.g. an inbound call). */
function isCallPayload(result: CallDecodeResult): boolean {
  return result.format.id !== 'not-a-call' && result.format.id !== 'invalid';
}

/** An array of payloads, or webhook.site's dashboard API page `{data: [record, …]}`. */
function listItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isPlainObject(json) && Array.isArray(json.data)) return json.data;
  return undefined;
}

function itemText(item: unknown): string {
  // A webhook.site record's `content` is the body exactly as the vendor sent it.
  return isBinRecord(item) ? item.content : JSON.stringify(item, null, 2);
}

/**
 * The call payloads in one parsed JSON body: the body itself (a payload, or a webhook.site
 * request record), or each item of a list. A generator, so the caller can pause between items
 * and a long list never blocks the panel.
 */
export function* findCalls(json: unknown, bodyText: string): Generator<void, FoundCall[]> {
  const whole = decodeCallValue(json);
  if (isCallPayload(whole)) return [{ result: whole, text: bodyText }];
  const items = listItems(json);
  const found: FoundCall[] = [];
  if (items === undefined) return found;
  for (const [index, item] of items.entries()) {
    yield;
    if (!isPlainObject(item)) continue;
    const result = decodeCallValue(item);
    if (isCallPayload(result)) found.push({ index, result, text: itemText(item) });
  }
  return found;
}
