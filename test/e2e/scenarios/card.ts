import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { noAnswerPayload, seedPayload as seed } from '../support/call-payloads';
import { type ExtensionBrowser, tid } from '../support/driver';

const hostile = readFileSync('test/fixtures/hostile-payload.json', 'utf8');

/** One payload per platform, from its fixtures: what a developer on that platform pastes. */
const platforms: Array<{
  fixture: string;
  source: string;
  outcome: RegExp;
  time: string;
  /** The header's line of what went wrong, and a tool call shown in the transcript. */
  failures?: string;
  tool?: string;
}> = [
  {
    fixture: 'retell/call-analyzed-tool-failed.json',
    source: 'Retell AI · Call analyzed',
    outcome: /ended by the caller/i,
    failures: '1 tool call failed',
    tool: 'parse_date',
    time: '0:12',
  },
  {
    fixture: 'vapi/end-of-call-report-tool-failed.json',
    source: 'Vapi · End-of-call report',
    outcome: /ended by the caller/i,
    failures: '2 tool calls failed',
    tool: 'check_availability',
    time: '0:05',
  },
  {
    fixture: 'elevenlabs/transcription-tool-calls.json',
    source: 'ElevenLabs · Post-call transcription',
    outcome: /ended by the caller/i,
    failures: '1 tool call failed',
    tool: 'book_slot',
    time: '0:09',
  },
  // Bland sends no tool calls in its post-call webhook (the pathway is shown as variables).
  {
    fixture: 'bland/caller-ended-citations.json',
    source: 'Bland AI · Citations',
    outcome: /ended by the caller/i,
    time: '0:13',
  },
];

/** Paste to card, in the full-tab viewer: what a user reads off the vendor's own example. */
export function cardScenarios(browser: () => ExtensionBrowser): void {
  it('shows the seed example as a card: ended by the agent, the end reason explained, turns and the car', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), seed);
    await page.waitForText(tid('lead-name'), 'David');
    expect(await page.text(tid('call-source'))).toBe('Synthflow post-call webhook');
    expect(await page.text(tid('status-badge'))).toMatch(/ended by the agent/i);
    // The doc's example sends end_call_reason "completed" and the real reason in error_message.
    expect(await page.text(tid('end-reason'))).toMatch(
      /the AI assistant was the first to say goodbye/i,
    );
    expect(await page.text(tid('note'))).toMatch(/error_message/);
    expect(await page.count(tid('turn'))).toBe(4);
    expect(await page.text(tid('turn'))).toMatch(/Hello, I am calling from \[company\]/);
    expect(await page.text(tid('tool-result'))).toMatch(/purchase\s*car/);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  for (const platform of platforms) {
    it(`reads ${platform.fixture} as a call: platform, outcome in words, turn times, tool calls in place`, async () => {
      const page = await browser().open('viewer');
      await page.waitFor(tid('paste-box'));
      await page.fill(tid('paste-box'), readFileSync(`test/fixtures/${platform.fixture}`, 'utf8'));
      await page.waitForText(tid('call-source'), platform.source);
      expect(await page.text(tid('status-badge'))).toMatch(platform.outcome);
      if (platform.failures) {
        expect(await page.text(tid('call-failures'))).toBe(platform.failures);
      }
      const times = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="turn-time"]')].map((el) => el.textContent),
      );
      expect(times).toContain(platform.time);
      if (platform.tool) {
        const tools = await page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="turn"] [data-testid="turn-tool"]')].map(
            (el) => el.textContent,
          ),
        );
        expect(tools.join('\n')).toContain(platform.tool);
      }
      expect(await page.errors()).toEqual([]);
      await page.close();
    });
  }

  it('renders a hostile payload literally: no markup, no script, no javascript: link', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(tid('paste-box'), hostile);
    await page.waitForText(tid('lead-name'), '<script>');
    const found = await page.evaluate(() => {
      const app = document.getElementById('app') as HTMLElement;
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        elements: app.querySelectorAll('script, img, svg[onload], iframe, style, b[onmouseover]')
          .length,
        jsLinks: [...document.querySelectorAll('a[href], audio[src], source[src]')].filter((el) =>
          /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
        ).length,
        text: app.innerText,
      };
    });
    expect(found.pwned).toBeNull();
    expect(found.elements).toBe(0);
    expect(found.jsLinks).toBe(0);
    expect(found.text).toContain("<script>window.__pwned='name'</script>");
    expect(found.text).toContain("javascript:window.__pwned='recording'");
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('opens a .json file dropped anywhere on the page', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'call.json', { type: 'application/json' }));
      const target = document.querySelector('h1') as HTMLElement;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, noAnswerPayload);
    await page.waitForText(tid('lead-name'), 'Grace');
    expect(await page.text(tid('status-badge'))).toMatch(/no answer/i);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('warns when a dropped file had bytes that are not UTF-8, and still shows its card', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.evaluate((text) => {
      const data = new DataTransfer();
      const parts = ['{"note": "', new Uint8Array([0xff, 0xfe]), `", ${text.slice(1)}`];
      data.items.add(new File(parts, 'latin1.json', { type: 'application/json' }));
      const target = document.querySelector('h1') as HTMLElement;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, noAnswerPayload);
    // The viewer may still show the last payload (the same call): wait for the file's notice.
    await page.waitForText(tid('workbench-notice'), /latin1\.json/);
    await page.waitForText(tid('lead-name'), 'Grace');
    expect(await page.text(tid('workbench-notice'))).toMatch(
      /^Opened latin1\.json, but 2 bytes were not valid UTF-8 and were replaced with \uFFFD \(the first at byte offset 10\)/,
    );
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('shows a 20-digit id as sent, not rounded, and says JavaScript rounds it', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    const payload = readFileSync('test/fixtures/retell/call-ended-agent-hangup.json', 'utf8');
    await page.fill(
      tid('paste-box'),
      payload.replace(/"call_id": "[^"]*"/, '"call_id": 12345678901234567890'),
    );
    await page.waitForText(tid('call-source'), 'Retell AI · Call ended');
    const ids = await page.text(tid('ids'));
    expect(ids).toContain('12345678901234567890');
    expect(ids).toContain('shown as sent; JSON.parse gives 12345678901234567000');
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('points at the line and column of a JSON syntax error', async () => {
    const page = await browser().open('viewer');
    await page.waitFor(tid('paste-box'));
    await page.fill(
      tid('paste-box'),
      '{\n  "status": "completed",\n  "call": { "status": oops }\n}',
    );
    await page.waitFor(tid('problem-position'));
    expect(await page.text(tid('problem-position'))).toMatch(/line 3, column 23/i);
    await page.close();
  });

  it('keeps the payload when the popup is closed and opened again', async () => {
    const popup = await popupShowingSeed(browser());
    await popup.close();
    const again = await browser().open('popup');
    await again.waitFor(tid('status-badge'));
    expect(await again.text(tid('status-badge'))).toMatch(/ended by the agent/i);
    await again.close();
  });

  it('opens the same card in a tab from the popup', async () => {
    const popup = await popupShowingSeed(browser());
    const viewer = await browser().tabOpenedBy(() => popup.click(tid('open-in-tab')), 'viewer');
    await viewer.waitFor(tid('status-badge'));
    expect(await viewer.text(tid('status-badge'))).toMatch(/ended by the agent/i);
    expect(await viewer.count(tid('turn'))).toBe(4);
    await viewer.close();
  });
}

/** The popup with the seed example pasted and its card shown. */
async function popupShowingSeed(browser: ExtensionBrowser) {
  const popup = await browser.open('popup');
  await popup.waitFor(tid('paste-box'));
  await popup.fill(tid('paste-box'), seed);
  await popup.waitFor(tid('status-badge'));
  return popup;
}
