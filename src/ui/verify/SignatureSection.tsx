import { useEffect, useId, useState } from 'preact/hooks';
import type { Observation } from '../../model/observation';
import type { VendorId } from '../../model/record';
import {
  checkSignature,
  GENERIC_DEFAULTS,
  type HmacOptions,
  type SchemeId,
  type SecretStore,
  type SignatureCheck,
  schemeFor,
  VAPI_HMAC_DEFAULTS,
} from '../../model/signatures';
import { verify } from '../../strings';
import { Section } from '../common/Section';
import { CheckResult } from './CheckResult';
import { SchemeOptions } from './SchemeOptions';
import './verify.css';

const SCHEME_IDS = Object.keys(verify.schemes) as SchemeId[];

export interface SigningState {
  scheme: SchemeId;
  options?: HmacOptions;
  secret: string;
}

/** The part of an Observation the tools read: the raw body and, when it came with them, headers. */
export type SignatureInput = Pick<Observation, 'rawBody' | 'request'>;

interface Props {
  observation: SignatureInput;
  vendor?: VendorId;
  secrets: SecretStore;
  now?: () => number;
  /** Tells the send panel which scheme and secret re-signing should use. */
  onSigning?: (state: SigningState) => void;
}

function defaultOptions(scheme: SchemeId): HmacOptions | undefined {
  if (scheme === 'vapi-hmac') return VAPI_HMAC_DEFAULTS;
  if (scheme === 'generic-hmac') return GENERIC_DEFAULTS;
  return undefined;
}

/**
 * Which signing scheme the request uses, whether it carries a signature, and, once the user
 * gives the secret, whether it verifies and exactly what was compared.
 */
export function SignatureSection({
  observation,
  vendor,
  secrets,
  now = Date.now,
  onSigning,
}: Props) {
  const headers = observation.request?.headers ?? {};
  const hasHeaders = Object.keys(headers).length > 0;
  const detected = schemeFor(vendor, headers);
  const [scheme, setScheme] = useState<SchemeId>(detected ?? 'generic-hmac');
  const [options, setOptions] = useState(defaultOptions(scheme));
  const [secret, setSecret] = useState('');
  const [check, setCheck] = useState<SignatureCheck | undefined>(undefined);
  const secretId = useId();

  useEffect(() => {
    let live = true;
    setSecret('');
    setCheck(undefined);
    void secrets.get(scheme).then((saved) => {
      if (live && saved !== undefined) setSecret(saved);
    });
    return () => {
      live = false;
    };
  }, [secrets, scheme]);

  // Checking needs no click once a secret is known: headers and body are already here.
  useEffect(() => {
    onSigning?.({ scheme, secret, ...(options === undefined ? {} : { options }) });
    if (!hasHeaders) return;
    let live = true;
    void checkSignature({
      scheme,
      rawBody: observation.rawBody,
      headers,
      secret,
      nowMs: now(),
      ...(options === undefined ? {} : { options }),
    }).then((result) => {
      if (live) setCheck(result);
    });
    return () => {
      live = false;
    };
  }, [scheme, secret, options, observation, hasHeaders]);

  return (
    <Section heading={verify.heading} testId="signature">
      {hasHeaders ? (
        detected !== undefined && <p class="note">{verify.detected(verify.schemes[detected])}</p>
      ) : (
        <p class="note" data-testid="signature-no-headers">
          {verify.noHeaders}
        </p>
      )}
      <form
        class="verify__form"
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem('secret');
          const entered = input instanceof HTMLInputElement ? input.value.trim() : '';
          if (entered === '') return;
          setSecret(entered);
          void secrets.set(scheme, entered);
        }}
      >
        <label class="verify__field">
          <span>{verify.schemeLabel}</span>
          <select
            value={scheme}
            data-testid="signature-scheme"
            onChange={(event) => {
              const next = event.currentTarget.value as SchemeId;
              setScheme(next);
              setOptions(defaultOptions(next));
            }}
          >
            {SCHEME_IDS.map((id) => (
              <option key={id} value={id}>
                {verify.schemes[id]}
              </option>
            ))}
          </select>
        </label>
        {options !== undefined && <SchemeOptions value={options} onChange={setOptions} />}
        <label class="verify__field" for={secretId}>
          <span>{verify.secretLabel(verify.schemes[scheme])}</span>
        </label>
        <div class="verify__secret">
          <input
            id={secretId}
            name="secret"
            type="password"
            autocomplete="off"
            spellcheck={false}
            placeholder={secret === '' ? '' : '••••••••'}
            data-testid="signature-secret"
          />
          <button type="submit" class="button button--primary" data-testid="signature-check">
            {verify.check}
          </button>
          {secret !== '' && (
            <button
              type="button"
              class="button"
              onClick={() => {
                setSecret('');
                void secrets.forget(scheme);
              }}
            >
              {verify.forget}
            </button>
          )}
        </div>
        <p class="note">{verify.secretNote}</p>
        {scheme === 'synthflow' && <p class="note">{verify.unverifiedScheme}</p>}
      </form>
      {check !== undefined && <CheckResult check={check} />}
    </Section>
  );
}
