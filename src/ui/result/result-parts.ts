/**
 * What turns text into a card: the decoders of every platform, their glossaries, the card, the
 * raw view and the request tools. One chunk, fetched when the page is idle or at the first
 * payload, so a page's first paint does not wait for it (see workbench/load-result.ts).
 */
export { decodeCallText } from '../../model/decode-call';
export { RequestTools } from '../verify/RequestTools';
export { DecodedView } from './DecodedView';
