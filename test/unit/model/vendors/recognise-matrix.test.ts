import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBinRecord } from '../../../../src/model/bin-record';
import { DEFAULT_MAX_CHARS } from '../../../../src/model/json/read-json-text';
import { vendorDecoders } from '../../../../src/model/vendors';
import { fixtureNames, readFixture } from './golden';

const folders = readdirSync(join(process.cwd(), 'test/fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every platform with a decoder and a fixture folder named after it. */
const platforms = vendorDecoders
  .map((decoder) => decoder.vendor)
  .filter((vendor) => folders.includes(vendor));

/** Platforms whose decoder is not registered yet: no other platform may claim their payloads. */
const others = folders.filter((folder) => !(platforms as string[]).includes(folder));

/** What the recognisers see: a webhook.site record is unwrapped first, as decodeCall does. */
function claims(fixture: unknown): string[] {
  const record = readBinRecord(fixture, DEFAULT_MAX_CHARS);
  const payload = record?.read.ok === true ? record.read.value : fixture;
  return vendorDecoders
    .filter((decoder) => decoder.recognise(payload) > 0)
    .map((decoder) => decoder.vendor);
}

describe('every fixture of every platform is claimed by exactly one recogniser: its own', () => {
  for (const folder of platforms) {
    it(folder, () => {
      for (const name of fixtureNames(folder)) {
        const payload = JSON.parse(readFixture(folder, name));
        expect(claims(payload), `${folder}/${name}`).toEqual([folder]);
      }
    });
  }

  for (const folder of others) {
    it(`${folder} (no decoder registered): claimed by none`, () => {
      for (const name of fixtureNames(folder)) {
        expect(claims(JSON.parse(readFixture(folder, name))), `${folder}/${name}`).toEqual([]);
      }
    });
  }

  it('covers every platform that has fixtures', () => {
    expect(platforms.length).toBeGreaterThanOrEqual(2);
  });
});
