import type { PayloadDecoder } from './decoder';
import { synthflowInbound } from './synthflow-inbound';
import { synthflowPostCall } from './synthflow-post-call';

/** Every known payload format, asked in order; the first whose `matches` says yes decodes. */
export const decoders: readonly PayloadDecoder[] = [synthflowPostCall, synthflowInbound];

export type { PayloadDecoder } from './decoder';
