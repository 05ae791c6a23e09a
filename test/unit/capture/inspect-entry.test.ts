import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_CHARS, type NetworkEntry, readHarEntry } from '../../../src/capture';
import { type BodyInspection, inspectBodies, readBodies } from '../../../src/capture/inspect-entry';
import {
  analyzedText,
  busyText,
  harEntry,
  noAnswerText,
  transferStartedText,
  webhookSitePage,
  webhookSiteRecordText,
} from './har-fixtures';

async function inspect(entry: NetworkEntry, timeoutMs?: number): Promise<BodyInspection[]> {
  const work = inspectBodies(entry, await readBodies(entry, timeoutMs));
  for (let step = work.next(); ; step = work.next()) if (step.done) return step.value;
}

async function callsIn(entry: NetworkEntry, timeoutMs?: number) {
  return (await inspect(entry, timeoutMs)).flatMap((body) =>
    body.kind === 'calls' ? body.calls : [],
  );
}

const kinds = async (entry: NetworkEntry) => (await inspect(entry)).map((body) => body.kind);

describe('finding call payloads in a request', () => {
  it('finds the webhook a page posts to its own backend, as a request body', async () => {
    const entry = harEntry({
      method: 'POST',
      url: 'https://app.example.com/hooks/retell?env=dev',
      requestBody: analyzedText,
      responseBody: '{"ok":true}',
    });
    const [call, ...rest] = await callsIn(entry);
    expect(rest).toHaveLength(0);
    expect(call?.source).toBe('capture');
    expect(call?.direction).toBe('request');
    expect(call?.request).toMatchObject({
      method: 'POST',
      url: 'https://app.example.com/hooks/retell?env=dev',
    });
    expect(call?.result.call?.customer.name).toBe('Ana Costa');
    expect(call?.rawBody).toBe(analyzedText);
    expect(call?.payloadPath).toBeUndefined();
  });

  it('finds a call a dashboard fetches, as a response body', async () => {
    const [call] = await callsIn(harEntry({ responseBody: noAnswerText }));
    expect(call?.direction).toBe('response');
    expect(call?.result.call?.outcome.category).toBe('no-answer');
    expect(call?.receivedAtMs).toBeGreaterThan(0);
  });

  it('finds the calls in both bodies of one request', async () => {
    const entry = harEntry({ method: 'POST', requestBody: analyzedText, responseBody: busyText });
    const calls = await callsIn(entry);
    expect(calls.map((call) => call.direction)).toEqual(['request', 'response']);
    expect(new Set(calls.map((call) => call.id)).size).toBe(2);
  });

  it('unwraps each request of a webhook.site dashboard page, keeping each body as sent', async () => {
    const page = webhookSitePage([analyzedText, '{"hello":"world"}', noAnswerText, 'not json']);
    const calls = await callsIn(harEntry({ responseBody: page }));
    expect(calls.map((call) => call.payloadPath)).toEqual(['data[0].content', 'data[2].content']);
    expect(calls[0]?.rawBody).toBe(analyzedText);
    expect(calls[0]?.deliveryId).toBe('0f4c3d3a-6a47-4c8a-a2b5-6a1d0f2e9c00');
    expect(calls[1]?.result.call?.customer.number).toBe('+5511987650000');
  });

  it('unwraps a single webhook.site request record', async () => {
    const [call] = await callsIn(harEntry({ responseBody: webhookSiteRecordText }));
    expect(call?.result.call?.customer.name).toBe('Dana');
    expect(call?.payloadPath).toBe('content');
  });

  it('finds each call in an array of payloads and skips items that are not calls', async () => {
    const body = `[${analyzedText}, {"id": 4}, 7, null, ${noAnswerText}]`;
    const calls = await callsIn(harEntry({ responseBody: body }));
    expect(calls.map((call) => call.payloadPath)).toEqual(['[0]', '[4]']);
    expect(JSON.parse(calls[1]?.rawBody ?? '')).toEqual(JSON.parse(noAnswerText));
  });

  it('keeps a platform’s event that is not a finished call (a transfer starting)', async () => {
    const [call] = await callsIn(harEntry({ method: 'POST', requestBody: transferStartedText }));
    expect(call?.result.format.event).toBe('transfer_started');
  });

  it('counts JSON that holds no call payload', async () => {
    expect(await kinds(harEntry({ responseBody: '{"user": {"id": 1}}' }))).toEqual([
      'json-without-call',
    ]);
    expect(await kinds(harEntry({ responseBody: '[]' }))).toEqual(['json-without-call']);
  });

  it('reads a body that starts like JSON even when it is sent as text/plain or with a BOM', async () => {
    const plain = harEntry({ responseBody: `\n  ${analyzedText}`, responseMime: 'text/plain' });
    expect(await callsIn(plain)).toHaveLength(1);
    const bom = harEntry({ responseBody: `\uFEFF${analyzedText}`, responseMime: '' });
    expect(await callsIn(bom)).toHaveLength(1);
  });
});

describe('skipping bodies that cannot hold a call', () => {
  it('never reads images, scripts, styles or fonts', async () => {
    for (const responseMime of ['image/png', 'text/javascript', 'text/css', 'font/woff2']) {
      const entry = harEntry({ responseBody: analyzedText, responseMime });
      expect(await inspect(entry)).toEqual([]);
      expect(entry.getContent).not.toHaveBeenCalled();
    }
  });

  it('skips non-JSON, empty and broken bodies quietly', async () => {
    for (const responseBody of ['<!doctype html><p>Hi', '', '   ', '"just a string"', '{"a":']) {
      expect(await inspect(harEntry({ responseBody }))).toEqual([]);
    }
    const form = harEntry({ method: 'POST', requestBody: 'name=David&phone=1' });
    expect(await inspect(form)).toEqual([]);
  });

  it('skips base64 (binary) bodies quietly, even when the text looks like JSON', async () => {
    const entry = harEntry({ responseBody: '{"looks":"like json"}', encoding: 'base64' });
    expect(await inspect(entry)).toEqual([]);
  });

  it('counts a response over 5 MB by its HAR size without reading it', async () => {
    const entry = harEntry({ responseBody: analyzedText, size: MAX_BODY_CHARS + 1 });
    expect(await kinds(entry)).toEqual(['large']);
    expect(entry.getContent).not.toHaveBeenCalled();
  });

  it('counts bodies over 5 MB whose size the HAR did not know, without parsing them', async () => {
    const huge = `[${'0,'.repeat(MAX_BODY_CHARS / 2)}0]`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(await kinds(harEntry({ responseBody: huge, size: -1 }))).toEqual(['large']);
    expect(await kinds(harEntry({ method: 'POST', requestBody: huge }))).toEqual(['large']);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('still finds the request body when DevTools cannot hand over the response', async () => {
    const entry = harEntry({ method: 'POST', requestBody: analyzedText });
    entry.getContent.mockRejectedValue(new Error('No resource with given identifier'));
    expect((await callsIn(entry)).map((call) => call.direction)).toEqual(['request']);
  });

  it('gives up on a response body that never arrives', async () => {
    const entry = harEntry({ method: 'POST', requestBody: analyzedText });
    entry.getContent.mockReturnValue(new Promise(() => undefined));
    expect((await callsIn(entry, 20)).map((call) => call.direction)).toEqual(['request']);
  });
});

describe('reading HAR entries from the browser', () => {
  it('uses a body the HAR holds inline (Firefox’s getHAR) without a getContent', async () => {
    const raw = {
      startedDateTime: '2025-06-12T09:41:03.118Z',
      time: 12,
      request: { method: 'GET', url: 'https://webhook.site/token/x/requests', headers: [] },
      response: { status: 200, content: { mimeType: 'application/json', text: analyzedText } },
    };
    const entry = readHarEntry(raw);
    expect(entry).toBeDefined();
    expect(await callsIn(entry as NetworkEntry)).toHaveLength(1);
  });

  it('refuses entries without a method or URL and fills in what browsers leave out', () => {
    expect(readHarEntry(null)).toBeUndefined();
    expect(readHarEntry({ request: { url: 'https://a.example' } })).toBeUndefined();
    expect(readHarEntry({ request: { method: 'GET', url: 'https://a.example' } })).toEqual({
      startedDateTime: '',
      time: 0,
      request: { method: 'GET', url: 'https://a.example' },
      response: { status: 0, content: {} },
    });
  });
});

describe('the headers a signature check needs', () => {
  it('keeps the webhook’s own headers from a webhook.site record, and a posted body’s from the HAR', async () => {
    const signature = 'v=1749714259000,d=abc123';
    const record = JSON.stringify({
      data: [
        {
          ...JSON.parse(webhookSiteRecordText),
          headers: { 'x-retell-signature': [signature], 'content-type': ['application/json'] },
        },
      ],
    });
    const [listed] = await callsIn(harEntry({ responseBody: record }));
    expect(listed?.request?.headers['x-retell-signature']).toEqual([signature]);

    const posted = readHarEntry({
      ...harEntry({ method: 'POST', requestBody: analyzedText }),
      request: {
        method: 'POST',
        url: 'https://app.example.com/hook',
        headers: [{ name: 'X-Retell-Signature', value: signature }],
        postData: { mimeType: 'application/json', text: analyzedText },
      },
    });
    const [sent] = await callsIn(posted as NetworkEntry);
    expect(sent?.request?.headers['X-Retell-Signature']).toBe(signature);
  });
});
