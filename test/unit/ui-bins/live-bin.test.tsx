import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { POLL_VISIBLE_MS } from '../../../src/bins/poll-limits';
import type { EventSourceLike } from '../../../src/bins/smee';
import { bins } from '../../../src/strings';
import { BinView } from '../../../src/ui/bins';
import type { BinDeps } from '../../../src/ui/bins/deps';
import { manualClock } from '../bins/manual-clock';
import { bin, makeDeps } from './bin-deps';
import { bodyKind, fakeWebhookSite, leadOf, requestUuid, TOKEN } from './fake-webhook-site';

afterEach(cleanup);
// Several checks chain real promises (fetch, body, decode): on a busy machine 1 s is too short.
configure({ asyncUtilTimeout: 5_000 });

const BIN = `https://webhook.site/${TOKEN}`;
const rows = () => screen.getAllByTestId('bin-row');
const rowOf = (n: number) => rows().find((row) => row.dataset.requestId === requestUuid(TOKEN, n));
const selectedId = () =>
  rows().find((row) => row.getAttribute('aria-selected') === 'true')?.dataset.requestId;

function live(count = 60) {
  const site = fakeWebhookSite(count);
  const time = manualClock();
  const deps = makeDeps(site, { clock: time.clock });
  render(<BinView target={bin(BIN)} deps={deps} />);
  return { site, time, deps };
}

describe('a bin left open', () => {
  it('opens on the newest request and shows its card', async () => {
    live(58);
    await waitFor(() => expect(selectedId()).toBe(requestUuid(TOKEN, 57)));
    expect(bodyKind(57)).toBe('call');
    expect(within(screen.getByTestId('bin-request')).getByTestId('lead-name').textContent).toBe(
      leadOf(57),
    );
  });

  it('lists a new call on top, marked new, and opens it with no click while following', async () => {
    const { site, time } = live(58);
    await waitFor(() => expect(selectedId()).toBe(requestUuid(TOKEN, 57)));
    expect(screen.getByTestId('bin-live').textContent).toBe('Live: checks every 3 seconds');

    site.capture(58);
    site.capture(60);
    await time.advance(POLL_VISIBLE_MS);
    await waitFor(() => expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 60)));
    expect(rows()[1]?.dataset.requestId).toBe(requestUuid(TOKEN, 58));
    await waitFor(() => expect(selectedId()).toBe(requestUuid(TOKEN, 60)));
    expect(screen.getByTestId('lead-name').textContent).toBe(leadOf(60));
    // The opened one counts as seen; the other is still new.
    expect(screen.getByTestId('bin-new-count').textContent).toBe('1 new');
    expect(within(rowOf(58) as HTMLElement).getByTestId('bin-row-new')).toBeTruthy();
    expect(within(rowOf(60) as HTMLElement).queryByTestId('bin-row-new')).toBeNull();
  });

  it('keeps the older request the user picked open when new ones arrive', async () => {
    const { site, time } = live(58);
    await waitFor(() => expect(selectedId()).toBe(requestUuid(TOKEN, 57)));
    fireEvent.click(rowOf(56) as HTMLElement);

    site.capture(60);
    await time.advance(POLL_VISIBLE_MS);
    await waitFor(() => expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 60)));
    expect(selectedId()).toBe(requestUuid(TOKEN, 56));
    expect(screen.getByTestId('lead-name').textContent).toBe(leadOf(56));
    expect(screen.getByTestId('bin-new-count').textContent).toBe('1 new');
  });

  it('with Follow newest off, lists new calls without opening them', async () => {
    const { site, time } = live(58);
    await waitFor(() => expect(selectedId()).toBe(requestUuid(TOKEN, 57)));
    fireEvent.click(screen.getByTestId('bin-follow'));

    site.capture(60);
    await time.advance(POLL_VISIBLE_MS);
    await waitFor(() => expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 60)));
    expect(selectedId()).toBe(requestUuid(TOKEN, 57));
  });

  it('keeps the rows loaded with Load more when a new request arrives', async () => {
    const { site, time } = live(60);
    await waitFor(() => expect(rows()).toHaveLength(50));
    fireEvent.click(screen.getByTestId('bin-load-more'));
    await waitFor(() => expect(rows()).toHaveLength(60));

    site.capture(60);
    await time.advance(POLL_VISIBLE_MS);
    await waitFor(() => expect(rows()).toHaveLength(61));
    expect(rows()[60]?.dataset.requestId).toBe(requestUuid(TOKEN, 0));
    expect(screen.getByTestId('bin-count').textContent).toBe('61 requests');
  });

  it('says when it pauses for a rate limit, and goes on checking after it', async () => {
    const { site, time } = live(58);
    await waitFor(() => expect(rows()).toHaveLength(50));
    site.failNext(
      () =>
        new Response('{}', {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '45' },
        }),
    );
    await time.advance(POLL_VISIBLE_MS);
    await waitFor(() => expect(screen.getByTestId('bin-live').textContent).toMatch(/^Paused/));
    expect(time.pending()).toEqual([45_000]);
    site.capture(60);
    await time.advance(45_000);
    await waitFor(() => expect(rows()[0]?.dataset.requestId).toBe(requestUuid(TOKEN, 60)));
    expect(screen.queryByTestId('bin-error')).toBeNull();
  });
});

describe('the popup (compact)', () => {
  it('shows the opened request in place of the list, with Back to list', async () => {
    const site = fakeWebhookSite(58);
    render(<BinView target={bin(BIN)} deps={makeDeps(site)} compact />);
    await screen.findByTestId('bin-request');
    expect(screen.queryAllByTestId('bin-row')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('bin-back'));
    expect(rows()).toHaveLength(50);
    fireEvent.click(rowOf(56) as HTMLElement);
    expect(screen.queryAllByTestId('bin-row')).toHaveLength(0);
    expect(screen.getByTestId('lead-name').textContent).toBe(leadOf(56));
  });
});

describe('a plain JSON address', () => {
  const payload = (name: string) =>
    JSON.stringify({ status: 'completed', lead: { name }, call: { status: 'completed' } });

  function serving(texts: string[]): typeof globalThis.fetch {
    return (async () =>
      new Response(texts.shift() ?? '', {
        headers: { 'content-type': 'application/json' },
      })) as typeof globalThis.fetch;
  }

  it('opens a URL that serves one payload straight to its card, without a list or a time', async () => {
    const fetch = serving([payload('Amira')]);
    render(
      <BinView
        target={bin('https://example.com/call.json')}
        deps={makeDeps(fakeWebhookSite(), { fetch })}
      />,
    );
    expect((await screen.findByTestId('lead-name')).textContent).toBe('Amira');
    expect(screen.queryAllByTestId('bin-row')).toHaveLength(0);
    expect(screen.getByTestId('bin-request').textContent).not.toContain(bins.view.noTime);
  });

  it('shows the new payload after Refresh when the document changed', async () => {
    const fetch = serving([payload('Amira'), payload('Kenji')]);
    render(
      <BinView
        target={bin('https://example.com/call.json')}
        deps={makeDeps(fakeWebhookSite(), { fetch })}
      />,
    );
    expect((await screen.findByTestId('lead-name')).textContent).toBe('Amira');
    fireEvent.click(screen.getByTestId('bin-refresh'));
    await waitFor(() => expect(screen.getByTestId('lead-name').textContent).toBe('Kenji'));
  });
});

describe('a smee.io channel', () => {
  /** An EventSource the test drives: `emit` delivers an event to its listeners. */
  function fakeEventSource() {
    const listeners = new Map<string, Array<(event: { data?: unknown }) => void>>();
    const opened: string[] = [];
    let closed = false;
    const source: EventSourceLike = {
      addEventListener: (type, listener) => {
        listeners.set(type, [...(listeners.get(type) ?? []), listener]);
      },
      close: () => {
        closed = true;
      },
    };
    return {
      open: (url: string) => {
        opened.push(url);
        return source;
      },
      opened,
      closed: () => closed,
      emit: (type: string, data?: string) => {
        for (const listener of listeners.get(type) ?? []) listener({ data });
      },
    };
  }

  it('lists what arrives while open, says smee keeps no history, and follows the newest call', async () => {
    const stream = fakeEventSource();
    const deps: BinDeps = makeDeps(fakeWebhookSite(), { openEventSource: stream.open });
    const { unmount } = render(<BinView target={bin('https://smee.io/aBcDeF12345')} deps={deps} />);
    await screen.findByText(bins.view.smeeNoHistory);
    await waitFor(() => expect(stream.opened).toEqual(['https://smee.io/aBcDeF12345']));
    expect((await screen.findByTestId('bin-empty')).textContent).toBe(bins.view.smeeWaiting);
    stream.emit('ready');
    await waitFor(() =>
      expect(screen.getByTestId('bin-live').textContent).toBe(bins.view.live.listening),
    );

    stream.emit(
      'message',
      JSON.stringify({
        'content-type': 'application/json',
        'x-retell-signature': 'v=1,d=abc',
        body: { status: 'completed', lead: { name: 'Priya' }, call: { status: 'completed' } },
        query: {},
        timestamp: Date.UTC(2024, 2, 28, 9),
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0] as HTMLElement).getByTestId('bin-row-new')).toBeTruthy();
    expect((await screen.findByTestId('lead-name')).textContent).toBe('Priya');
    expect(screen.queryByTestId('bin-refresh')).toBeNull();
    unmount();
    await waitFor(() => expect(stream.closed()).toBe(true));
  });
});

describe('recent bins', () => {
  it('remembers a bin once it has been read, and not one that is gone or was denied', async () => {
    const site = fakeWebhookSite(3);
    const remembered: string[] = [];
    const onOpened = (target: { url: string }) => remembered.push(target.url);

    render(<BinView target={bin(BIN)} deps={makeDeps(site)} onOpened={onOpened} />);
    await waitFor(() => expect(remembered).toEqual([BIN]));
    cleanup();

    const gone = 'https://webhook.site/00000000-dead-4bad-8bad-000000000000';
    render(<BinView target={bin(gone)} deps={makeDeps(site)} onOpened={onOpened} />);
    await screen.findByTestId('bin-error');
    cleanup();

    const denied = makeDeps(site, { granted: false, answers: [false] });
    render(<BinView target={bin(BIN)} deps={denied} onOpened={onOpened} />);
    fireEvent.click(await screen.findByTestId('bin-grant'));
    await screen.findByTestId('bin-access-denied');
    expect(remembered).toEqual([BIN]);
  });
});

describe('moving from one request to the next', () => {
  it('starts the next card afresh: no search text carried over', async () => {
    const site = fakeWebhookSite(58);
    render(<BinView target={bin(BIN)} deps={makeDeps(site)} followNewest={false} />);
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect([bodyKind(56), bodyKind(55)]).toEqual(['call', 'call']);
    fireEvent.click(rowOf(56) as HTMLElement);
    const search = (await screen.findByTestId('transcript-search')) as HTMLInputElement;
    fireEvent.input(search, { target: { value: 'appointment' } });
    expect(search.value).toBe('appointment');

    fireEvent.click(rowOf(55) as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('lead-name').textContent).toBe(leadOf(55)));
    expect((screen.getByTestId('transcript-search') as HTMLInputElement).value).toBe('');
  });
});
