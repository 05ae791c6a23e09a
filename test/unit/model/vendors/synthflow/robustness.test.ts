import { describe, expect, it } from 'vitest';
import { synthflow } from '../../../../../src/model/vendors/synthflow';
import { KNOWN_CODES } from '../../../../../src/model/vendors/synthflow/codes';
import { explainCode, noteText } from '../../../../../src/strings/glossary/index';
import { describeNeverThrows } from '../never-throws';

describeNeverThrows('Synthflow', synthflow, 'synthflow');

describe('Synthflow glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes) {
        expect(explainCode('synthflow', kind, code).known, `${kind} ${code}`).toBe(true);
      }
    }
  });

  it('words every note the decoder writes', () => {
    for (const kind of [
      'synthflow.reason-from-error-message',
      'synthflow.never-connected-duration',
      'synthflow.duration-from-telephony',
    ]) {
      expect(noteText('synthflow', kind, { path: 'x' }), kind).toBeDefined();
    }
  });
});
