import { glossary, problems } from '../../strings';
import type { DecodeResult } from '../call-record';
import { describeFound } from '../json/describe';
import { isPlainObject } from '../lenient';
import type { PayloadDecoder } from './decoder';

/**
 * Synthflow's inbound-call webhook, `{"event":"call_inbound","call_inbound":{…}}`: sent before
 * an incoming call is answered, so it holds numbers and the assistant id, never a call report.
 */
export const synthflowInbound: PayloadDecoder = {
  format: { id: 'synthflow-inbound', ...glossary.formats.synthflowInbound },

  matches(value) {
    return isPlainObject(value) && value.event === 'call_inbound';
  },

  decode(value) {
    const inbound = isPlainObject(value) ? value.call_inbound : undefined;
    if (!isPlainObject(inbound)) {
      return {
        problems: [
          {
            severity: 'warning',
            path: 'call_inbound',
            expected: problems.expected.inboundObject,
            found: describeFound(inbound),
            message: problems.inboundWithoutDetails,
          },
        ],
        facts: [],
      };
    }
    const labels = glossary.inboundFacts;
    const facts: NonNullable<DecodeResult['facts']> = [];
    for (const [key, label] of [
      ['from_number', labels.from],
      ['to_number', labels.to],
      ['model_id', labels.modelId],
    ] as const) {
      const fact = Object.hasOwn(inbound, key) ? inbound[key] : undefined;
      if (typeof fact === 'string' || typeof fact === 'number') {
        facts.push({ label, value: String(fact) });
      }
    }
    return { problems: [], facts };
  },
};
