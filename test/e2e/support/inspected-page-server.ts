import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { retellEventText } from '../../support/retell-events';
import { retellAnalyzedPayload, retellNoAnswerPayload } from './call-payloads';

const fixture = (name: string) => readFileSync(`test/fixtures/retell/${name}`, 'utf8');

/** A webhook.site dashboard's list of two requests (Dana's voicemail, Joao's busy line). */
const LIST = JSON.stringify({
  data: [fixture('call-analyzed-voicemail.json'), fixture('call-ended-dial-busy.json')].map(
    (content, n) => ({
      uuid: `3b5d7f9a-0000-4000-8000-00000000000${n}`,
      token_id: '3b5d7f9a-1c3e-4a5b-8c7d-9e0f1a2b3c4d',
      method: 'POST',
      content,
      created_at: `2026-11-30 09:0${n}:00`,
    }),
  ),
  total: 2,
  per_page: 50,
  current_page: 1,
  is_last_page: true,
});

/**
 * A developer's app under DevTools. As it loads, its page fetches the latest call (the same
 * body every time) and records the visit as a call of its own (a new call each load), before the
 * Hookline panel is shown: backfill. `sendLive()` POSTs another call (live); `get(path)` fetches
 * `/api/list`, a webhook.site-style list, or `/api/visit`, one more new call.
 */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Voice app</title>
<p>Voice app</p>
<script>
  window.get = (path) => fetch(path).then((r) => r.json());
  Promise.all([get('/api/calls/latest'), get('/api/visit')]).then(() => { document.title = 'loaded'; });
  window.sendLive = () =>
    fetch('/webhooks/call-ended', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ${JSON.stringify(retellNoAnswerPayload)},
    }).then((r) => r.status);
</script>`;

export async function startInspectedPageServer(): Promise<{ url: string; close(): Promise<void> }> {
  let visits = 0;
  const json = (body: string) => ['application/json', body] as const;
  const routes: Record<string, () => readonly [string, string]> = {
    '/api/calls/latest': () => json(retellAnalyzedPayload),
    '/api/list': () => json(LIST),
    '/api/visit': () => {
      visits += 1;
      return json(retellEventText('call_started', `call_visit_${visits}`, `Visitor ${visits}`));
    },
  };
  const server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) {
      const [type, body] = route();
      res.writeHead(200, { 'content-type': type }).end(body);
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
