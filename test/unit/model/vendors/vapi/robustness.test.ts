import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vapi } from '../../../../../src/model/vendors/vapi';
import {
  FAMILIES,
  KNOWN_CODES,
  MESSAGE_TYPES,
  reasonMeaning,
} from '../../../../../src/model/vendors/vapi/codes';
import { eventText, explainCode } from '../../../../../src/strings/glossary/index';
import { readFixture } from '../golden';
import { describeNeverThrows } from '../never-throws';

/** Vapi's 2026 endedReason enum and the reasons its docs explain one by one, committed here. */
const spec: { endedReasons: string[]; documented: string[] } = JSON.parse(
  readFileSync(join(__dirname, 'openapi-ended-reasons.json'), 'utf8'),
);
const specReasons = spec.endedReasons;

describeNeverThrows('Vapi', vapi, 'vapi');

describe('Vapi decoding inside the envelope', () => {
  it('gives a call or facts for any body under every message type', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...MESSAGE_TYPES), (value, type) => {
        const body = typeof value === 'object' && value !== null ? value : {};
        const result = vapi.decode({ message: { ...body, type } });
        expect(result.call !== undefined || result.facts !== undefined).toBe(true);
      }),
    );
  });
});

describe('Vapi wrong-typed fields', () => {
  const report = JSON.parse(readFixture('vapi', 'end-of-call-report-tool-failed.json'));

  it.each([
    ['cost', 'message.cost', 'twelve cents'],
    ['startedAt', 'message.startedAt', 'yesterday'],
    ['endedReason', 'message.endedReason', 42],
    ['analysis', 'message.analysis', 'good call'],
    ['durationSeconds', 'message.durationSeconds', 'long'],
  ])(
    '%s of the wrong type is a warning at its path, and the call still shows',
    (key, path, bad) => {
      const payload = structuredClone(report);
      payload.message[key] = bad;
      const { call, problems } = vapi.decode(payload);
      expect(problems.map((p) => p.path)).toContain(path);
      expect(call?.otherFields).toContainEqual({ path, value: bad });
      expect(call?.transcript.turns.length).toBeGreaterThan(0);
    },
  );

  it('warns about a turn offset that is not a number, at the turn', () => {
    const payload = structuredClone(report);
    payload.message.artifact.messages[1].secondsFromStart = 'soon';
    const { call, problems } = vapi.decode(payload);
    expect(problems.map((p) => p.path)).toContain('message.artifact.messages[1].secondsFromStart');
    expect(call?.transcript.turns[1]?.offsetSeconds).toBeUndefined();
  });

  it('keeps a recording link that is not http(s) as text, with a warning', () => {
    const payload = structuredClone(report);
    payload.message.artifact.recordingUrl = 'javascript:alert(1)';
    const { call, problems } = vapi.decode(payload);
    expect(call?.recordings[0]).toMatchObject({ safe: false, url: 'javascript:alert(1)' });
    expect(problems.map((p) => p.path)).toContain('message.artifact.recordingUrl');
  });
});

describe('Vapi glossary', () => {
  it('explains every code the decoder knows', () => {
    for (const [kind, codes] of Object.entries(KNOWN_CODES)) {
      for (const code of codes)
        expect(explainCode('vapi', kind, code).known, `${kind} ${code}`).toBe(true);
    }
  });

  it("explains every endedReason in Vapi's spec, by its own entry or its family", () => {
    expect(specReasons.length).toBeGreaterThan(590);
    for (const reason of specReasons) {
      const text = explainCode('vapi', 'endReason', reason);
      expect(text.known || text.family !== undefined, reason).toBe(true);
    }
  });

  it('has its own words for every reason Vapi documents one by one', () => {
    expect(spec.documented.length).toBeGreaterThan(80);
    for (const reason of spec.documented) {
      expect(explainCode('vapi', 'endReason', reason).known, reason).toBe(true);
    }
  });

  it("gives every endedReason in Vapi's spec an outcome category", () => {
    for (const reason of specReasons) {
      expect(reasonMeaning(reason)?.category, reason).toBeDefined();
    }
  });

  it('explains every family the decoder categorises by', () => {
    for (const { prefix } of FAMILIES) {
      const text = explainCode('vapi', 'endReason', `${prefix}something-new`);
      expect(text.family, prefix).toBe(prefix);
    }
  });

  it('names every message type', () => {
    for (const type of MESSAGE_TYPES) {
      expect(eventText('vapi', type)?.description, type).toBeDefined();
    }
  });
});
