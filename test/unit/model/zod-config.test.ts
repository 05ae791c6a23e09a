import { afterEach, describe, expect, it } from 'vitest';
import { decodeCallText } from '../../../src/model';
import { z } from '../../../src/model/zod';
import { fixtureText } from './helpers';

const RealFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = RealFunction;
});

describe('zod under the extension content security policy', () => {
  it('runs zod in jitless mode', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('never compiles code with the Function constructor while decoding', () => {
    let compiled = 0;
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        compiled += 1;
        return Reflect.apply(target, self, args);
      },
    });
    for (const name of [
      'synthflow/seed-example.json',
      'synthflow/failed-transfer.json',
      'synthflow/voicemail-quirks.json',
    ]) {
      expect(decodeCallText(fixtureText(name)).call).toBeDefined();
    }
    expect(compiled).toBe(0);
  });
});
