/** Sending a webhook on to the developer's own endpoint, and the same request as cURL. */
export { curlCommand, shellQuote } from './curl';
export type { ReplayPort } from './port';
export { type ReplayRequest, replayRequest } from './replay-request';
export { REPLAY_BODY_CAP, type ReplayResult, sendReplay } from './send';
