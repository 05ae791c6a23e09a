import { useEffect, useId, useState } from 'preact/hooks';
import { signatureHeaders } from '../../model/signatures';
import {
  curlCommand,
  type ReplayPort,
  type ReplayRequest,
  type ReplayResult,
  replayRequest,
} from '../../replay';
import { verify } from '../../strings';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../common/Section';
import type { SignatureInput, SigningState } from './SignatureSection';
import './verify.css';

type Choice = 'as-received' | 'signed' | 'body-only';

interface Props {
  observation: SignatureInput;
  signing?: SigningState;
  port: ReplayPort;
  now?: () => number;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The request for `choice`; undefined when re-signing is chosen but cannot be done (no secret
 * yet, or a Synthflow body without the call id it signs): never silently sent unsigned.
 */
async function buildRequest(
  url: string,
  observation: SignatureInput,
  choice: Choice,
  signing: SigningState | undefined,
  nowMs: number,
): Promise<ReplayRequest | undefined> {
  const contentType = observation.request?.contentType;
  if (choice === 'as-received') {
    return replayRequest(url, observation.rawBody, contentType, {
      kind: 'as-received',
      headers: observation.request?.headers ?? {},
    });
  }
  if (choice === 'body-only') {
    return replayRequest(url, observation.rawBody, contentType, { kind: 'body-only' });
  }
  if (signing === undefined || signing.secret === '') return undefined;
  const signature = await signatureHeaders(
    signing.scheme,
    observation.rawBody,
    signing.secret,
    nowMs,
    signing.options,
  );
  return signature === undefined
    ? undefined
    : replayRequest(url, observation.rawBody, contentType, { kind: 'signed', signature });
}

/**
 * Sends the exact raw body to the developer's own endpoint (as received, re-signed with a fresh
 * timestamp, or bare), and shows what came back; the same request copies as cURL.
 */
export function SendPanel({ observation, signing, port, now = Date.now }: Props) {
  const hasHeaders = Object.keys(observation.request?.headers ?? {}).length > 0;
  const canSign = signing !== undefined && signing.secret !== '';
  const [url, setUrl] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [choice, setChoice] = useState<Choice>(hasHeaders ? 'as-received' : 'signed');
  const [request, setRequest] = useState<ReplayRequest | undefined>(undefined);
  const [outcome, setOutcome] = useState<
    | { kind: 'sending' }
    | { kind: 'message'; text: string }
    | { kind: 'result'; result: ReplayResult }
    /** The send failed where access cannot be asked for: a Hookline tab can ask. */
    | { kind: 'elsewhere'; origin: string }
    | undefined
  >(undefined);
  const urlId = useId();

  useEffect(() => {
    void port.recentTargets().then((list) => {
      setRecent(list);
      setUrl((current) => (current === '' ? (list[0] ?? '') : current));
    });
  }, [port]);

  // The request as it would go now: for cURL, and to show which headers travel.
  useEffect(() => {
    let live = true;
    void buildRequest(url.trim(), observation, choice, signing, now()).then((built) => {
      if (live) setRequest(built);
    });
    return () => {
      live = false;
    };
  }, [url, observation, choice, signing]);

  const onSend = () => {
    const target = url.trim();
    const origin = originOf(target);
    if (origin === undefined) {
      setOutcome({ kind: 'message', text: verify.send.invalidUrl });
      return;
    }
    // First thing in the click: the browser prompts only during the user's gesture. Where it
    // cannot ask (Firefox DevTools panel), try anyway: an origin granted before just works.
    const canAsk = port.canRequestAccess();
    const access = canAsk ? port.requestAccess(origin) : Promise.resolve(true);
    setOutcome({ kind: 'sending' });
    void (async () => {
      if (!(await access)) {
        setOutcome({ kind: 'message', text: verify.send.denied(origin) });
        return;
      }
      const built = await buildRequest(target, observation, choice, signing, now());
      if (built === undefined) {
        setOutcome({ kind: 'message', text: verify.send.needsSecret });
        return;
      }
      const result = await port.send(built);
      // Without host access the browser blocks the request, which fails like a dead connection.
      const blocked = !canAsk && result.kind === 'network';
      setOutcome(blocked ? { kind: 'elsewhere', origin } : { kind: 'result', result });
      // Remembered either way: a Hookline tab opened from here starts with this address.
      setRecent(await port.rememberTarget(target));
    })();
  };

  const openInTab = () =>
    void port
      .openInTab(observation)
      .catch(() => setOutcome({ kind: 'message', text: verify.send.openInTabFailed }));

  const option = (value: Choice, label: string, disabled: boolean) => (
    <label class="verify__choice">
      <input
        type="radio"
        name="replay-headers"
        value={value}
        checked={choice === value}
        disabled={disabled}
        onChange={() => setChoice(value)}
        data-testid={`send-choice-${value}`}
      />{' '}
      {label}
    </label>
  );

  return (
    <Section heading={verify.send.heading} testId="send-to">
      <form
        class="verify__form"
        // Hookline checks the address itself, with a message that says what to fix.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSend();
        }}
      >
        <label class="verify__field" for={urlId}>
          <span>{verify.send.urlLabel}</span>
        </label>
        <div class="verify__target">
          <input
            id={urlId}
            type="url"
            value={url}
            placeholder={verify.send.urlPlaceholder}
            spellcheck={false}
            list={`${urlId}-recent`}
            onInput={(event) => setUrl(event.currentTarget.value)}
            data-testid="send-url"
          />
          <datalist id={`${urlId}-recent`}>
            {recent.map((entry) => (
              <option key={entry} value={entry} />
            ))}
          </datalist>
          <button
            type="submit"
            class="button button--primary"
            disabled={outcome?.kind === 'sending'}
            data-testid="send-button"
          >
            {outcome?.kind === 'sending' ? verify.send.sending : verify.send.send}
          </button>
        </div>
        <fieldset class="verify__choices">
          <legend>{verify.send.choiceLabel}</legend>
          {/* A pasted payload came without headers: only a re-signed request can pass a check. */}
          {hasHeaders && option('as-received', verify.send.asReceived, false)}
          {option('signed', verify.send.signed, !canSign && hasHeaders)}
          {hasHeaders && option('body-only', verify.send.bodyOnly, false)}
        </fieldset>
        {!canSign && <p class="note">{verify.send.needsSecret}</p>}
        {request !== undefined && (
          <div class="verify__secret">
            <CopyButton
              label={verify.send.copyCurl}
              text={verify.send.copyCurl}
              getText={() => curlCommand(request)}
              testId="send-copy-curl"
            />
            <CopyButton
              label={verify.send.copyCurlWithSecrets}
              text={verify.send.copyCurlWithSecrets}
              getText={() => curlCommand(request, true)}
            />
          </div>
        )}
      </form>
      {recent.length > 0 && (
        <ul class="verify__recent" aria-label={verify.send.recent}>
          {recent.map((entry) => (
            <li key={entry}>
              <button type="button" class="button button--small" onClick={() => setUrl(entry)}>
                {entry}
              </button>{' '}
              <button
                type="button"
                class="button button--small button--icon"
                aria-label={verify.send.forget(entry)}
                title={verify.send.forget(entry)}
                onClick={() => void port.forgetTarget(entry).then(setRecent)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {outcome?.kind === 'message' && (
        <p class="note note--warning" role="alert" data-testid="send-message">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'elsewhere' && (
        <p class="note note--warning" role="alert" data-testid="send-message">
          {verify.send.cannotAsk(outcome.origin)}{' '}
          <button
            type="button"
            class="button button--small"
            onClick={openInTab}
            data-testid="send-open-in-tab"
          >
            {verify.send.openInTab}
          </button>
        </p>
      )}
      {outcome?.kind === 'result' && <ReplayOutcome result={outcome.result} />}
    </Section>
  );
}

function ReplayOutcome({ result }: { result: ReplayResult }) {
  if (result.kind !== 'response') {
    const text = result.kind === 'invalid-url' ? verify.send.invalidUrl : verify.send[result.kind];
    return (
      <p class="note note--warning" role="alert" data-testid="send-message">
        {text}
      </p>
    );
  }
  return (
    <div class="verify__result" data-testid="send-result">
      <p data-testid="send-status">
        {verify.send.status(result.status, result.statusText, result.elapsedMs)}
      </p>
      <details>
        <summary>{verify.send.responseHeaders}</summary>
        <dl class="rows">
          {result.headers.map(([name, value]) => (
            <div class="rows__row" key={name}>
              <dt class="rows__key">{name}</dt>
              <dd class="rows__value verify__mono">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <h4 class="verify__subhead">{verify.send.responseBody}</h4>
      <pre class="verify__mono verify__response" data-testid="send-body">
        {result.body}
      </pre>
      {result.truncated && <p class="note">{verify.send.truncated}</p>}
    </div>
  );
}
