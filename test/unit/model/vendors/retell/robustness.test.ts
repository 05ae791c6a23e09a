import { describe, expect, it } from 'vitest';
import { retell } from '../../../../../src/model/vendors/retell';
import {
  CALL_EVENTS,
  KNOWN_CODES,
  OTHER_EVENTS,
} from '../../../../../src/model/vendors/retell/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { describeNeverThrows } from '../never-throws';

describeNeverThrows('Retell', retell, 'retell');

describe('Retell glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('retell', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it('names every event', () => {
    for (const event of [...CALL_EVENTS, ...OTHER_EVENTS]) {
      expect(eventText('retell', event)?.description, event).toBeDefined();
    }
  });
});
