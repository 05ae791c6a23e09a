import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { noAnswerPayload, seedPayload } from './call-payloads';

/**
 * A developer's app under DevTools: its page fetches a call payload as it loads (before the
 * Hookline panel is shown: backfill) and, when `sendLive()` is called, POSTs another (live).
 */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Voice app</title>
<p>Voice app</p>
<script>
  fetch('/api/calls/latest').then((r) => r.json()).then(() => { document.title = 'loaded'; });
  window.sendLive = () =>
    fetch('/webhooks/call-ended', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ${JSON.stringify(noAnswerPayload)},
    }).then((r) => r.status);
</script>`;

export async function startInspectedPageServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url === '/api/calls/latest') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(seedPayload);
    } else if (req.url === '/webhooks/call-ended') {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
