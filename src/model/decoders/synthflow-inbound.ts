import { glossary } from '../../strings';
import { isPlainObject } from '../lenient';
import { inboundFacts } from '../vendors/synthflow/decode';
import type { PayloadDecoder } from './decoder';

/**
 * Synthflow's inbound-call webhook, `{"event":"call_inbound","call_inbound":{…}}`, for the old
 * path: sent before an incoming call is answered, so it holds numbers and the assistant id, never
 * a call report. The facts are read by the Synthflow vendor decoder.
 */
export const synthflowInbound: PayloadDecoder = {
  format: { id: 'synthflow-inbound', ...glossary.formats.synthflowInbound },

  matches(value) {
    return isPlainObject(value) && value.event === 'call_inbound';
  },

  decode(value) {
    return inboundFacts(isPlainObject(value) ? value : {});
  },
};
