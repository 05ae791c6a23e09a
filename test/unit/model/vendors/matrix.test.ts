import { describe, expect, it } from 'vitest';
import { unwrapBinRecord } from '../../../../src/model/bin-record';
import { vendorDecoders } from '../../../../src/model/vendors';
import { fixtureFolders, fixtureNames, readFixture } from './golden';

/**
 * The recogniser matrix: every fixture of every platform (test/fixtures/<vendor>/, golden files
 * aside) is fed to every registered recogniser; exactly one may claim it, and it must be the
 * folder's platform. A bin record is read as the body it holds, a platform's list document as
 * the calls inside it. A registered platform without a fixture folder fails.
 */

const folders = fixtureFolders();

/** The payloads a fixture stands for: its body when it is a bin record, its items when a list. */
function payloadsOf(text: string): Array<{ where: string; value: unknown }> {
  const parsed: unknown = JSON.parse(text);
  const value = unwrapBinRecord(parsed)?.body ?? parsed;
  for (const decoder of vendorDecoders) {
    const items = decoder.listItems?.(value);
    if (items !== undefined) return items.map((item) => ({ where: item.path, value: item.value }));
  }
  return [{ where: '', value }];
}

describe('recogniser matrix', () => {
  it('has a fixture folder for every registered platform', () => {
    for (const decoder of vendorDecoders) expect(folders, decoder.vendor).toContain(decoder.vendor);
  });

  for (const folder of folders) {
    for (const name of fixtureNames(folder)) {
      it(`${folder}/${name} is claimed by ${folder} alone`, () => {
        const payloads = payloadsOf(readFixture(folder, name));
        expect(payloads.length).toBeGreaterThan(0);
        for (const { where, value } of payloads) {
          const claimedBy = vendorDecoders
            .filter((decoder) => decoder.recognise(value) > 0)
            .map((decoder) => decoder.vendor);
          expect(claimedBy, `${name} ${where}`).toEqual([folder]);
        }
      });
    }
  }
});
