import { createHmac } from 'node:crypto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Observation } from '../../../../src/model/observation';
import type { ReplayResult } from '../../../../src/replay';
import { SendPanel } from '../../../../src/ui/verify/SendPanel';
import { SignatureSection } from '../../../../src/ui/verify/SignatureSection';
import { fakePort, memoryStore } from './fakes';

afterEach(cleanup);

const SECRET = 'key_live_5b0c';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const BODY = '{"event":"call_ended","call":{"call_id":"call_1"}}';

function retellObservation(signedAt: number, secret = SECRET): Observation {
  const d = createHmac('sha256', secret)
    .update(BODY + signedAt)
    .digest('hex');
  return {
    id: 'r1',
    source: 'bin',
    rawBody: BODY,
    request: {
      method: 'POST',
      headers: {
        'x-retell-signature': [`v=${signedAt},d=${d}`],
        'content-type': ['application/json'],
      },
      contentType: 'application/json',
    },
    result: { format: { id: 'not-a-call', label: 'x', description: 'x' }, problems: [] },
  };
}

function enterSecret(secret: string) {
  fireEvent.input(screen.getByTestId('signature-secret'), { target: { value: secret } });
  fireEvent.click(screen.getByTestId('signature-check'));
}

describe('the Signature section', () => {
  it('names the scheme and says a request is not checked until the secret is given', async () => {
    render(
      <SignatureSection
        observation={retellObservation(NOW)}
        vendor="retell"
        secrets={memoryStore()}
        now={() => NOW}
      />,
    );
    expect(screen.getByTestId('signature-scheme')).toHaveProperty('value', 'retell');
    await waitFor(() =>
      expect(screen.getByTestId('signature-state').textContent).toContain('Not checked'),
    );
  });

  it('verifies with the right secret and keeps it for the session', async () => {
    const store = memoryStore();
    render(
      <SignatureSection
        observation={retellObservation(NOW)}
        vendor="retell"
        secrets={store}
        now={() => NOW}
      />,
    );
    enterSecret(SECRET);
    await waitFor(() =>
      expect(screen.getByTestId('signature-state').textContent).toContain('Valid'),
    );
    expect(store.saved.get('retell')).toBe(SECRET);
    expect(screen.getByTestId('signature-signed').textContent).toContain(`${BODY}${NOW}`);
  });

  it('says a wrong secret does not match and what probably went wrong', async () => {
    render(
      <SignatureSection
        observation={retellObservation(NOW, 'key_other')}
        vendor="retell"
        secrets={memoryStore({ retell: SECRET })}
        now={() => NOW}
      />,
    );
    await waitFor(() =>
      expect(screen.getByTestId('signature-state').textContent).toContain('Mismatch'),
    );
    expect(screen.getByTestId('signature-cause').textContent).toMatch(/another agent/);
    expect(screen.getByTestId('signature-computed').textContent).not.toBe(
      screen.getByTestId('signature-received').textContent,
    );
  });

  it('warns that a 3-hour-old Retell signature is outside its 5-minute window', async () => {
    render(
      <SignatureSection
        observation={retellObservation(NOW - 3 * 3600_000)}
        vendor="retell"
        secrets={memoryStore({ retell: SECRET })}
        now={() => NOW}
      />,
    );
    await waitFor(() =>
      expect(screen.getByTestId('signature-age').textContent).toMatch(
        /^signed 3 hours ago: outside .+’s 5-minute window; your server will reject a replay of this\./,
      ),
    );
  });

  it('says a pasted payload has no headers to check', () => {
    const pasted: Observation = { ...retellObservation(NOW), source: 'paste', request: undefined };
    render(<SignatureSection observation={pasted} secrets={memoryStore()} />);
    expect(screen.getByTestId('signature-no-headers')).toBeTruthy();
  });
});

describe('Send to…', () => {
  it('asks for the origin at the click, posts the exact body re-signed, and shows the answer', async () => {
    const port = fakePort();
    render(
      <SendPanel
        observation={retellObservation(NOW)}
        signing={{ scheme: 'retell', secret: SECRET }}
        port={port}
        now={() => NOW}
      />,
    );
    fireEvent.input(screen.getByTestId('send-url'), {
      target: { value: 'http://localhost:3000/hooks' },
    });
    fireEvent.click(screen.getByTestId('send-choice-signed'));
    fireEvent.click(screen.getByTestId('send-button'));
    expect(port.requestAccess).toHaveBeenCalledWith('http://localhost:3000');
    await waitFor(() =>
      expect(screen.getByTestId('send-status').textContent).toBe('200 OK in 12 ms'),
    );
    expect(port.sent[0]).toMatchObject({
      url: 'http://localhost:3000/hooks',
      body: BODY,
      headers: {
        'x-retell-signature': expect.stringMatching(new RegExp(`^v=${NOW},d=[0-9a-f]{64}$`)),
      },
    });
  });

  it('does not send when access is denied, and says so', async () => {
    const port = fakePort();
    port.requestAccess = vi.fn(async () => false);
    render(<SendPanel observation={retellObservation(NOW)} port={port} />);
    fireEvent.input(screen.getByTestId('send-url'), {
      target: { value: 'http://localhost:3000/hooks' },
    });
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() =>
      expect(screen.getByTestId('send-message').textContent).toMatch(/not granted/),
    );
    expect(port.sent).toEqual([]);
  });

  it('refuses an address that is not http(s) before asking anything', () => {
    const port = fakePort();
    render(<SendPanel observation={retellObservation(NOW)} port={port} />);
    fireEvent.input(screen.getByTestId('send-url'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByTestId('send-button'));
    expect(port.requestAccess).not.toHaveBeenCalled();
    expect(screen.getByTestId('send-message').textContent).toMatch(/http or https/);
  });
});

describe('Send to… where the page cannot ask for access (Firefox DevTools panel)', () => {
  function panelPort(result?: ReplayResult) {
    const port = fakePort(result);
    port.canRequestAccess = vi.fn(() => false);
    port.requestAccess = vi.fn(async () => false);
    return port;
  }

  function sendFromPanel(port: ReturnType<typeof panelPort>) {
    render(<SendPanel observation={retellObservation(NOW)} port={port} />);
    fireEvent.input(screen.getByTestId('send-url'), {
      target: { value: 'http://localhost:3000/hooks' },
    });
    fireEvent.click(screen.getByTestId('send-button'));
  }

  it('sends to an origin granted before, without asking', async () => {
    const port = panelPort();
    sendFromPanel(port);
    await waitFor(() =>
      expect(screen.getByTestId('send-status').textContent).toBe('200 OK in 12 ms'),
    );
    expect(port.requestAccess).not.toHaveBeenCalled();
    expect(port.sent[0]?.headers).toMatchObject({ 'x-retell-signature': expect.any(String) });
  });

  it('says why a blocked send failed and opens the same request in a Hookline tab', async () => {
    const port = panelPort({ kind: 'network', elapsedMs: 3 });
    sendFromPanel(port);
    const open = await screen.findByRole('button', { name: 'Open in a Hookline tab' });
    expect(screen.getByTestId('send-message').textContent).toMatch(
      /Could not send to http:\/\/localhost:3000\. A DevTools panel cannot ask for access/,
    );
    expect(port.targets).toEqual(['http://localhost:3000/hooks']);
    fireEvent.click(open);
    expect(port.openInTab).toHaveBeenCalledWith(
      expect.objectContaining({
        rawBody: BODY,
        request: expect.objectContaining({
          headers: expect.objectContaining({ 'x-retell-signature': [expect.any(String)] }),
          contentType: 'application/json',
        }),
      }),
    );
  });

  it('says so when the request cannot be handed to a tab', async () => {
    const port = panelPort({ kind: 'network', elapsedMs: 3 });
    port.openInTab = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    sendFromPanel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in a Hookline tab' }));
    await waitFor(() =>
      expect(screen.getByTestId('send-message').textContent).toMatch(/could not be handed/),
    );
  });
});
