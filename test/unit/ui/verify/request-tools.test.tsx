import { createHmac } from 'node:crypto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplayResult } from '../../../../src/replay';
import { RequestTools } from '../../../../src/ui/verify/RequestTools';
import { RequestToolsContext } from '../../../../src/ui/verify/request-tools-deps';
import { fakePort, memoryStore } from './fakes';

afterEach(cleanup);

const SECRET = 'whsec_4e9d';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const BODY = '{\n  "type": "post_call_transcription",\n  "data": {"conversation_id": "conv_1"}\n}';

function renderTools(port = fakePort(), headers?: Record<string, string>) {
  const secrets = memoryStore();
  render(
    <RequestToolsContext.Provider value={{ secrets, replay: port, now: () => NOW }}>
      <RequestTools rawBody={BODY} headers={headers} vendor="elevenlabs" />
    </RequestToolsContext.Provider>,
  );
  return { port, secrets };
}

function sendTo(url: string) {
  fireEvent.input(screen.getByTestId('send-url'), { target: { value: url } });
  fireEvent.click(screen.getByTestId('send-button'));
}

describe('RequestTools', () => {
  it('renders nothing on a page that gave it no secret store or port', () => {
    render(<RequestTools rawBody={BODY} />);
    expect(screen.queryByTestId('request-tools')).toBeNull();
  });

  it('offers a pasted payload only re-signed sending, and sends nothing before a secret', async () => {
    const { port } = renderTools();
    expect(screen.getByTestId('signature-no-headers')).toBeTruthy();
    expect(screen.queryByTestId('send-choice-as-received')).toBeNull();
    expect(screen.queryByTestId('send-choice-body-only')).toBeNull();
    sendTo('http://localhost:3000/hooks');
    await waitFor(() =>
      expect(screen.getByTestId('send-message').textContent).toMatch(/signing secret/),
    );
    expect(port.sent).toEqual([]);

    fireEvent.input(screen.getByTestId('signature-secret'), { target: { value: SECRET } });
    fireEvent.click(screen.getByTestId('signature-check'));
    await waitFor(() => expect(screen.getByTestId('send-message')).toBeTruthy());
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => expect(port.sent).toHaveLength(1));
    const t = Math.floor(NOW / 1000);
    const v0 = createHmac('sha256', SECRET).update(`${t}.${BODY}`).digest('hex');
    expect(port.sent[0]).toMatchObject({
      body: BODY,
      headers: { 'elevenlabs-signature': `t=${t},v0=${v0}` },
    });
    await waitFor(() => expect(screen.getByTestId('send-status').textContent).toMatch(/^200 OK/));
  });

  it('sends a bin request as received and remembers the target, which can be forgotten', async () => {
    const received = { 'ElevenLabs-Signature': 't=1,v0=ab', 'content-type': 'application/json' };
    const { port } = renderTools(fakePort(), received);
    sendTo('http://127.0.0.1:8787/in');
    await waitFor(() => expect(port.sent).toHaveLength(1));
    expect(port.sent[0]?.headers).toMatchObject({ 'elevenlabs-signature': 't=1,v0=ab' });
    const forget = await screen.findByRole('button', { name: 'Forget http://127.0.0.1:8787/in' });
    fireEvent.click(forget);
    await waitFor(() => expect(port.forgetTarget).toHaveBeenCalledWith('http://127.0.0.1:8787/in'));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Forget http/ })).toBeNull());
  });

  it.each([
    [{ kind: 'network', elapsedMs: 3 }, /connection was refused/],
    [{ kind: 'timeout', elapsedMs: 15_000 }, /did not answer within 15 seconds/],
    [{ kind: 'redirect', elapsedMs: 4 }, /redirect, which Hookline does not follow/],
  ] as Array<[ReplayResult, RegExp]>)('says what went wrong: %o', async (result, message) => {
    renderTools(fakePort(result), { 'content-type': 'application/json' });
    sendTo('http://localhost:3000/hooks');
    await waitFor(() => expect(screen.getByTestId('send-message').textContent).toMatch(message));
  });
});
