import { describe, expect, it } from 'vitest';
import { bland } from '../../../../../src/model/vendors/bland';
import { EVENT_TYPES, KNOWN_CODES } from '../../../../../src/model/vendors/bland/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { describeNeverThrows } from '../never-throws';

describeNeverThrows('Bland', bland, 'bland', (result, payload) => {
  // A recognised call payload decodes to a call or to facts, never to nothing.
  if (bland.recognise(payload) > 0) {
    expect(result.call !== undefined || result.facts !== undefined).toBe(true);
  }
  for (const problem of result.problems) expect(problem.path).not.toBe('');
});

describe('Bland glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('bland', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it('names every event, and the post-call webhook that sends none', () => {
    for (const event of [...EVENT_TYPES, 'post-call', 'log']) {
      expect(eventText('bland', event)?.description, event).toBeDefined();
    }
  });
});
