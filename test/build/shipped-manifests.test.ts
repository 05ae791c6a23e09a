import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const read = (target: string) =>
  JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe.each(['chrome', 'firefox'])('the shipped %s build', (target) => {
  const manifest = read(target);

  it('asks only for storage and alarms at install and for hosts and notifications only at runtime', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('injects nothing into web pages and exposes nothing to them', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('keeps the default MV3 content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('has one background script, of the kind the browser runs', () => {
    const background = manifest.background as Record<string, unknown>;
    if (target === 'chrome') expect(background.service_worker).toEqual(expect.any(String));
    else expect(background.scripts).toEqual([expect.any(String)]);
  });

  it('is zipped for its store', () => {
    expect(existsSync(`dist/hookline-${target}-${pkg.version}.zip`)).toBe(true);
  });
});

describe('per-browser settings', () => {
  it('gives Firefox its add-on id, minimum versions and data-collection statement', () => {
    expect(read('firefox').browser_specific_settings).toEqual({
      gecko: {
        id: 'hookline@hookline.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('gives Chrome a minimum version', () => {
    expect(read('chrome').minimum_chrome_version).toMatch(/^\d+$/);
  });
});
