import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bins } from '../../../src/strings';
import { BinView } from '../../../src/ui/bins';
import type { BinDeps } from '../../../src/ui/bins/deps';
import { formatInZone, viewerTimeZone } from '../../../src/ui/common/format-time';
import { retellEvent, retellEventText } from '../../support/retell-events';
import { bin, makeDeps, NOW } from './bin-deps';
import {
  API_KEY,
  bodyKind,
  fakeWebhookSite,
  json,
  leadOf,
  PRIVATE_TOKEN,
  receivedAtMs,
  requestUuid,
  statusOf,
  TOKEN,
} from './fake-webhook-site';

afterEach(cleanup);

const ORIGIN = 'https://webhook.site';

function show(address: string, deps: BinDeps) {
  return render(<BinView target={bin(address)} deps={deps} />);
}

const rows = () => screen.getAllByTestId('bin-row');
/** Which request the detail shows, by the time the bin received it. */
const shownAt = (detail: HTMLElement) => detail.querySelector('time')?.getAttribute('datetime');
const iso = (n: number) => new Date(receivedAtMs(n)).toISOString();
const rowOf = (n: number) =>
  screen.getAllByTestId('bin-row').find((row) => row.dataset.requestId === requestUuid(TOKEN, n));

describe('BinView access', () => {
  it('explains why it needs the bin’s site, asks for it on Grant, then lists the requests newest first', async () => {
    const site = fakeWebhookSite();
    const deps = makeDeps(site, { granted: false });
    show(`https://webhook.site/${TOKEN}`, deps);

    const gate = await screen.findByTestId('bin-access');
    expect(gate.textContent).toContain(
      'Hookline needs permission to read https://webhook.site to list the requests this bin captured; it asks for this site only.',
    );
    expect(site.asked).toHaveLength(0);

    fireEvent.click(screen.getByTestId('bin-grant'));
    // Asked inside the click itself, for that one origin: an await first would lose the gesture.
    expect(deps.access.request).toHaveBeenCalledTimes(1);
    expect(deps.access.request).toHaveBeenCalledWith(ORIGIN);

    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.queryByTestId('bin-access')).toBeNull();
    expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 59));
    expect(rows()[49]?.dataset.requestId).toBe(requestUuid(TOKEN, 10));
    expect(screen.getByTestId('bin-count').textContent).toBe('50 of 60 requests');
  });

  it('says when access was not granted and asks again on Try again', async () => {
    const site = fakeWebhookSite();
    const deps = makeDeps(site, { granted: false, answers: [false, true] });
    show(`https://webhook.site/${TOKEN}`, deps);

    fireEvent.click(await screen.findByTestId('bin-grant'));
    const denied = await screen.findByTestId('bin-access-denied');
    expect(denied.textContent).toContain('Access to https://webhook.site was not granted');
    expect(site.asked).toHaveLength(0);

    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    fireEvent.click(tryAgain);
    expect(deps.access.request).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(rows()).toHaveLength(50));
  });

  it('goes straight to the list when the site is already granted', async () => {
    const deps = makeDeps(fakeWebhookSite());
    show(`https://webhook.site/${TOKEN}`, deps);
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(deps.access.request).not.toHaveBeenCalled();
  });

  it('in a Firefox DevTools panel, reads at once and, when blocked, points to a Hookline tab in one line', async () => {
    const site = fakeWebhookSite();
    const blocked = vi.fn(async () => {
      throw new TypeError('NetworkError when attempting to fetch resource.');
    });
    const deps = makeDeps(site, { canRequest: false, fetch: blocked });
    const { rerender } = show(`https://webhook.site/${TOKEN}`, deps);

    const error = await screen.findByTestId('bin-error');
    expect(deps.access.has).not.toHaveBeenCalled();
    expect(screen.queryByTestId('bin-grant')).toBeNull();
    const line = within(error).getByTestId('bin-grant-elsewhere');
    expect(line.textContent).toContain('grant access to https://webhook.site in a Hookline tab');
    fireEvent.click(within(line).getByRole('button', { name: bins.access.openPopup }));
    expect(deps.access.openGrantPage).toHaveBeenCalledTimes(1);

    // Granted from the popup: Retry now reads the bin.
    const target = bin(`https://webhook.site/${TOKEN}`);
    rerender(<BinView target={target} deps={{ ...deps, fetch: site.fetch }} />);
    fireEvent.click(screen.getByTestId('bin-retry'));
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.queryByTestId('bin-error')).toBeNull();
  });
});

describe('BinView rows', () => {
  it('shows each row’s time in the viewer’s zone, its method, and for calls the status, lead and duration', async () => {
    show(`https://webhook.site/${TOKEN}`, makeDeps(fakeWebhookSite()));
    await waitFor(() => expect(rows()).toHaveLength(50));

    const call = rowOf(57);
    expect(bodyKind(57)).toBe('call');
    const time = call?.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(receivedAtMs(57)).toISOString());
    expect(time?.textContent).toBe(formatInZone(receivedAtMs(57), viewerTimeZone()));
    expect(call?.textContent).toContain('POST');
    expect(call?.textContent).toContain(leadOf(57));
    expect(call?.textContent).toContain('Retell AI');
    const badge = within(call as HTMLElement).getByTestId('bin-row-status');
    expect(statusOf(57)).toBe('dial_no_answer');
    expect(badge.textContent).toContain('No answer');
    expect(rowOf(56)?.textContent).toContain('1:56');

    expect(bodyKind(58)).toBe('json');
    expect(rowOf(58)?.textContent).toContain('Not a call');
    expect(rowOf(58)?.querySelector('[data-testid="bin-row-status"]')).toBeNull();
  });

  it('opens a call row as its card, with a link to the request on webhook.site', async () => {
    show(`https://webhook.site/${TOKEN}`, makeDeps(fakeWebhookSite()));
    await waitFor(() => expect(rows()).toHaveLength(50));
    // Opened on the newest request (59, a form post: its body, not a card).
    await waitFor(() => expect(rows()[0]?.getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByTestId('bin-raw-body')).toBeTruthy();

    fireEvent.click(rowOf(56) as HTMLElement);
    expect(rowOf(56)?.getAttribute('aria-selected')).toBe('true');
    const detail = screen.getByTestId('bin-request');
    expect(shownAt(detail)).toBe(iso(56));

    const link = within(detail).getByTestId('bin-site-link');
    expect(link.getAttribute('href')).toBe(
      `https://webhook.site/#!/view/${TOKEN}/${requestUuid(TOKEN, 56)}`,
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens a JSON row that is not a call as raw JSON, and a form post as its text', async () => {
    show(`https://webhook.site/${TOKEN}`, makeDeps(fakeWebhookSite()));
    await waitFor(() => expect(rows()).toHaveLength(50));

    fireEvent.click(rowOf(58) as HTMLElement);
    expect(screen.queryByTestId('call-card')).toBeNull();
    expect(screen.getByTestId('not-a-call')).toBeTruthy();
    const raw = screen.getByTestId('raw-json') as HTMLDetailsElement;
    raw.open = true;
    fireEvent(raw, new Event('toggle'));
    fireEvent.click(await screen.findByRole('button', { name: 'Text' }));
    expect((await screen.findByTestId('raw-json-text')).textContent).toContain('hello from curl');

    expect(bodyKind(59)).toBe('form');
    fireEvent.click(rowOf(59) as HTMLElement);
    expect(screen.getByTestId('bin-raw-body').textContent).toContain(
      'name=David&phone=%2B1234334546',
    );
  });

  it('moves between rows with the arrow keys', async () => {
    show(`https://webhook.site/${TOKEN}`, makeDeps(fakeWebhookSite()));
    await waitFor(() => expect(rows()).toHaveLength(50));
    const [first, second] = rows();
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    expect(shownAt(screen.getByTestId('bin-request'))).toBe(iso(58));
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
  });
});

describe('BinView paging', () => {
  it('marks itself busy while loading, then loads older requests with Load more', async () => {
    const site = fakeWebhookSite();
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));
    await waitFor(() =>
      expect(screen.getByTestId('bin-view').getAttribute('aria-busy')).toBe('true'),
    );
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.getByTestId('bin-view').getAttribute('aria-busy')).toBe('false');

    fireEvent.click(screen.getByTestId('bin-load-more'));
    await waitFor(() => expect(rows()).toHaveLength(60));
    expect(site.asked.at(-1)?.url.searchParams.get('page')).toBe('2');
    expect(site.asked.at(-1)?.url.searchParams.get('sorting')).toBe('newest');
    expect(rows()[59]?.dataset.requestId).toBe(requestUuid(TOKEN, 0));
    expect(screen.queryByTestId('bin-load-more')).toBeNull();
    expect(screen.getByTestId('bin-count').textContent).toBe('60 requests');
  });

  it('lists a request over the size cap as a row saying so, and its detail points to the bin', async () => {
    const site = fakeWebhookSite();
    const overCap = () =>
      new Response('[]', { headers: { 'content-length': String(12 * 1024 * 1024) } });
    // The newest page at 50, 10 and 2 a page, then the newest request alone: all over 10 MB.
    for (let i = 0; i < 4; i += 1) site.failNext(overCap);
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain('Too large to load here (12 MB)');
    expect(rows()[1]?.dataset.requestId).toBe(requestUuid(TOKEN, 58));
    expect(screen.queryByTestId('bin-error')).toBeNull();

    fireEvent.click(rows()[0] as HTMLElement);
    const detail = await screen.findByTestId('bin-request');
    expect(within(detail).getByTestId('bin-request-kind').textContent).toBe(
      'This request is too large to load here (12 MB): Hookline reads at most 10 MB at a time. The requests around it are listed as usual; open the bin on its site to see this one.',
    );
    const link = within(detail).getByTestId('bin-site-link');
    expect(link.textContent).toBe('Open the bin on webhook.site');
    expect(link.getAttribute('href')).toBe(`https://webhook.site/#!/view/${TOKEN}`);

    fireEvent.click(screen.getByTestId('bin-load-more'));
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(site.asked.at(-1)?.url.searchParams.get('per_page')).toBe('10');
  });

  it('shows a request that arrived since with Refresh, keeping the open card', async () => {
    const site = fakeWebhookSite();
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));
    await waitFor(() => expect(rows()).toHaveLength(50));
    fireEvent.click(rowOf(56) as HTMLElement);

    site.capture(60);
    fireEvent.click(screen.getByTestId('bin-refresh'));
    await waitFor(() => expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 60)));
    expect(shownAt(screen.getByTestId('bin-request'))).toBe(iso(56));
  });

  it('selects the request a pasted dashboard link points at, fetching it when it is older than the first page', async () => {
    const site = fakeWebhookSite();
    const linked = requestUuid(TOKEN, 2);
    show(`https://webhook.site/#!/view/${TOKEN}/${linked}`, makeDeps(site));

    const detail = await screen.findByTestId('bin-request');
    expect(shownAt(detail)).toBe(iso(2));
    expect(site.asked.some(({ url }) => url.pathname.endsWith(`/request/${linked}`))).toBe(true);
    expect(rowOf(2)?.getAttribute('aria-selected')).toBe('true');
  });

  it('selects a linked request from the first page without asking for it again', async () => {
    const site = fakeWebhookSite();
    show(`https://webhook.site/#!/view/${TOKEN}/${requestUuid(TOKEN, 55)}`, makeDeps(site));
    const detail = await screen.findByTestId('bin-request');
    expect(shownAt(detail)).toBe(iso(55));
    expect(site.asked).toHaveLength(1);
  });
});

describe('BinView errors', () => {
  it('asks for the API key of a private bin, keeps it for the session and retries with it', async () => {
    const site = fakeWebhookSite();
    const deps = makeDeps(site);
    show(`https://webhook.site/${PRIVATE_TOKEN}`, deps);

    const error = await screen.findByTestId('bin-error');
    expect(error.textContent).toContain(bins.errors.privateBin);
    const field = screen.getByTestId('bin-api-key') as HTMLInputElement;
    expect(field.type).toBe('password');

    fireEvent.input(field, { target: { value: ` ${API_KEY} ` } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);

    expect(deps.apiKeys.set).toHaveBeenCalledWith(PRIVATE_TOKEN, API_KEY);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(site.asked.at(-1)?.headers['Api-Key']).toBe(API_KEY);
    expect(screen.queryByTestId('bin-api-key')).toBeNull();
    expect(document.body.innerHTML).not.toContain(API_KEY);
  });

  it('says when the key is wrong and offers the field again', async () => {
    const deps = makeDeps(fakeWebhookSite(), { storedKey: 'not-the-key' });
    show(`https://webhook.site/${PRIVATE_TOKEN}`, deps);
    const error = await screen.findByTestId('bin-error');
    expect(error.textContent).toContain(bins.errors.apiKeyRejected(403));
    expect(screen.getByTestId('bin-api-key')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('not-the-key');
  });

  it('reads a private bin at once with the key saved earlier in the session', async () => {
    show(
      `https://webhook.site/${PRIVATE_TOKEN}`,
      makeDeps(fakeWebhookSite(), { storedKey: API_KEY }),
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByTestId('bin-error')).toBeNull();
  });

  it('says when a rate-limited bin may be asked again, and Retry reads it', async () => {
    const site = fakeWebhookSite();
    site.failNext(() => json({ error: 'Too Many Requests' }, 429, { 'retry-after': '30' }));
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));

    const error = await screen.findByTestId('bin-error');
    expect(error.textContent).toContain(
      'webhook.site is limiting how often it can be asked (HTTP 429). Try again in 30 seconds.',
    );
    const at = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' }).format(NOW + 30_000);
    expect(screen.getByTestId('bin-retry-at').textContent).toBe(
      `It can be asked again after ${at}.`,
    );

    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.queryByTestId('bin-error')).toBeNull();
  });

  it('explains an expired bin and still offers Retry', async () => {
    show(`https://webhook.site/00000000-dead-4bad-8bad-000000000000`, makeDeps(fakeWebhookSite()));
    const error = await screen.findByTestId('bin-error');
    expect(error.textContent).toContain(bins.errors.notFoundWebhookSite('webhook.site'));
    expect(within(error).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('keeps the loaded rows when Load more fails, and Retry loads that page', async () => {
    const site = fakeWebhookSite();
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));
    await waitFor(() => expect(rows()).toHaveLength(50));

    site.failNext(() => json({ error: 'Server Error' }, 500));
    fireEvent.click(screen.getByTestId('bin-load-more'));
    const error = await screen.findByTestId('bin-error');
    expect(error.textContent).toContain(bins.errors.serverError('webhook.site', 500));
    expect(rows()).toHaveLength(50);

    fireEvent.click(screen.getByTestId('bin-retry'));
    await waitFor(() => expect(rows()).toHaveLength(60));
  });
});

describe('BinView on a plain JSON address', () => {
  it('lists each payload of a JSON array in order, without times', async () => {
    const payload = (n: number) => retellEvent('call_ended', `call_${n}`, leadOf(n));
    const array = JSON.stringify([payload(0), payload(1)]);
    const fetch = (async () =>
      new Response(array, {
        headers: { 'content-type': 'text/plain' },
      })) as typeof globalThis.fetch;
    show('https://example.com/calls.json', makeDeps(fakeWebhookSite(), { fetch }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain(leadOf(0));
    expect(rows()[0]?.textContent).toContain(bins.view.noTime);
    expect(screen.queryByTestId('bin-load-more')).toBeNull();
  });
});

describe('BinView: one call, one row', () => {
  it('lists the events of one call as one row with its latest event, across pages and new arrivals', async () => {
    const site = fakeWebhookSite(0);
    // call_started of call_X, 49 other deliveries, then its call_ended: 51 requests, 2 pages.
    site.capture(0, retellEventText('call_started', 'call_X', 'Rosalind'));
    for (let n = 1; n <= 49; n += 1) site.capture(n);
    site.capture(50, retellEventText('call_ended', 'call_X', 'Rosalind'));
    show(`https://webhook.site/${TOKEN}`, makeDeps(site));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const rowX = () => rows().find((row) => row.dataset.groupKey === 'retell:call_X');
    expect(rowX()?.dataset.requestId).toBe(requestUuid(TOKEN, 50));
    expect(within(rowX() as HTMLElement).queryByTestId('bin-row-events')).toBeNull();

    // The analysis arrives, and Retell delivers it twice (a retry): still one row, on top.
    const analyzed = retellEventText('call_analyzed', 'call_X', 'Rosalind');
    site.capture(51, analyzed);
    site.capture(52, analyzed);
    fireEvent.click(screen.getByTestId('bin-refresh'));
    await waitFor(() => expect(rowX()?.dataset.requestId).toBe(requestUuid(TOKEN, 51)));
    expect(rows()[0]).toBe(rowX());
    expect(within(rowX() as HTMLElement).getByTestId('bin-row-events').textContent).toBe(
      '2 events',
    );
    expect(within(rowX() as HTMLElement).getByTestId('bin-row-deliveries').textContent).toBe(
      'delivered 2×',
    );

    // Its first event was on the next page: it joins the same row.
    fireEvent.click(screen.getByTestId('bin-load-more'));
    await waitFor(() =>
      expect(within(rowX() as HTMLElement).getByTestId('bin-row-events').textContent).toBe(
        '3 events',
      ),
    );
    expect(rows().filter((row) => row.dataset.groupKey === 'retell:call_X')).toHaveLength(1);

    // Opening the row shows its events in order, each with its own payload.
    fireEvent.click(rowX() as HTMLElement);
    const events = screen.getAllByTestId('call-event');
    expect(events.map((event) => event.textContent)).toEqual([
      expect.stringContaining('Call started'),
      expect.stringContaining('Call ended'),
      expect.stringMatching(/Call analyzed.*delivered 2×/),
    ]);
    expect(shownAt(screen.getByTestId('bin-request'))).toBe(iso(51));
    fireEvent.click(events[0] as HTMLElement);
    expect(shownAt(screen.getByTestId('bin-request'))).toBe(iso(0));
    expect(rowX()?.getAttribute('aria-selected')).toBe('true');
  });
});
