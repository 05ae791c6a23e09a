import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { BodyContent, NetworkEntry } from '../../../src/capture';

export function fixtureText(name: string): string {
  // Vitest runs from the repository root; import.meta.url is not a file URL under happy-dom.
  return readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
}

/** Retell payloads as captured (see test/fixtures/retell): who the customer is, how it went. */
export const analyzedText = fixtureText('retell/call-analyzed-user-hangup.json'); // Ana Costa
export const noAnswerText = fixtureText('retell/call-ended-dial-no-answer.json'); // Marta Silva
export const busyText = fixtureText('retell/call-ended-dial-busy.json'); // Joao Pereira
export const voicemailText = fixtureText('retell/call-analyzed-voicemail.json'); // Dana
export const transferStartedText = fixtureText('retell/transfer-started.json');

/** A webhook.site request record, as its API or dashboard gives it, holding a Retell body. */
export const webhookSiteRecordText = JSON.stringify({
  uuid: '0f4c3d3a-6a47-4c8a-a2b5-6a1d0f2e9c11',
  token_id: '8d2f7b64-2c15-4a0e-9e3b-5b7a1c0d4f22',
  method: 'POST',
  content: voicemailText,
  created_at: '2025-06-12 07:44:19',
});

export interface EntryOptions {
  url?: string;
  method?: string;
  /** ISO start time; distinct per test entry unless a test is about duplicates. */
  started?: string;
  requestBody?: string;
  requestMime?: string;
  responseBody?: string;
  responseMime?: string;
  /** The HAR's response size; defaults to the body's length. */
  size?: number;
  encoding?: string;
  status?: number;
}

let clock = Date.parse('2025-06-12T09:00:00.000Z');

/** A start time one second after the previous one, so entries have a clear order. */
export function nextStart(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

/**
 * A HAR entry as DevTools gives it: the request body inline, the response body only through
 * getContent (a spy, so tests can tell whether the body was read at all).
 */
export function harEntry(options: EntryOptions = {}): NetworkEntry & {
  getContent: ReturnType<typeof vi.fn<() => Promise<BodyContent>>>;
} {
  const {
    url = 'https://app.example.com/api/calls',
    method = 'GET',
    started = nextStart(),
    requestBody,
    requestMime = 'application/json',
    responseBody = '',
    responseMime = 'application/json; charset=utf-8',
    size = responseBody.length,
    encoding = '',
    status = 200,
  } = options;
  return {
    startedDateTime: started,
    time: 42,
    request: {
      method,
      url,
      ...(requestBody !== undefined && { postData: { mimeType: requestMime, text: requestBody } }),
    },
    response: { status, content: { mimeType: responseMime, size } },
    getContent: vi.fn(() => Promise.resolve<BodyContent>([responseBody, encoding])),
  };
}

/** webhook.site's dashboard API page: `{data: [record]}`, each record's content a raw body. */
export function webhookSitePage(bodies: string[], uuids?: string[]): string {
  return JSON.stringify({
    data: bodies.map((content, i) => ({
      uuid: uuids?.[i] ?? `0f4c3d3a-6a47-4c8a-a2b5-6a1d0f2e9c${String(i).padStart(2, '0')}`,
      token_id: '8d2f7b64-2c15-4a0e-9e3b-5b7a1c0d4f22',
      method: 'POST',
      content,
      headers: { 'x-retell-signature': [`v=1749714259000,d=${'ab'.repeat(32)}`] },
      created_at: '2025-06-12 07:44:19',
      url: 'https://webhook.site/8d2f7b64-2c15-4a0e-9e3b-5b7a1c0d4f22',
    })),
    total: bodies.length,
    per_page: 50,
    current_page: 1,
    is_last_page: true,
  });
}

/** A resolved promise that also lets queued timers (setTimeout 0) run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits until `check` passes, letting the capture queue's tasks run. */
export async function eventually(check: () => void, tasks = 200): Promise<void> {
  for (let i = 0; ; i += 1) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= tasks) throw error;
      await nextTask();
    }
  }
}
