import { describe, expect, it } from 'vitest';
import sourceManifest from '../../manifest.json' with { type: 'json' };
import { manifestFor } from '../../src/build/target-manifest';

describe('manifestFor', () => {
  it('gives Chrome its minimum version and no Firefox settings', () => {
    const chrome = manifestFor(sourceManifest, 'chrome');
    expect(chrome.minimum_chrome_version).toBeDefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox its gecko settings and no Chrome minimum version', () => {
    const firefox = manifestFor(sourceManifest, 'firefox');
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings).toEqual(sourceManifest.browser_specific_settings);
  });

  it('asks only for storage and alarms at install (no warning in either browser), notifications when watching', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m: Record<string, unknown> = manifestFor(sourceManifest, target);
      expect(m.permissions).toEqual(['storage', 'alarms']);
      expect(m.optional_permissions).toEqual(['notifications']);
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    }
  });

  it('runs the background script as a service worker in Chrome and an event page in Firefox', () => {
    expect(manifestFor(sourceManifest, 'chrome').background).toEqual({
      service_worker: 'src/background/main.ts',
      type: 'module',
    });
    expect(manifestFor(sourceManifest, 'firefox').background).toEqual({
      scripts: ['src/background/main.ts'],
      type: 'module',
    });
  });

  it('grants the loopback test origin and smee.io only in the e2e variant', () => {
    expect(manifestFor(sourceManifest, 'chrome', { e2e: true }).host_permissions).toEqual([
      'http://127.0.0.1/*',
      'https://smee.io/*',
    ]);
  });
});
