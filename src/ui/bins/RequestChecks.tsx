import { useState } from 'preact/hooks';
import type { BinRequest } from '../../bins';
import type { DecodeResult } from '../../model/call-record';
import type { Observation } from '../../model/observation';
import type { SecretStore } from '../../model/signatures/secret-store';
import type { ReplayPort } from '../../replay';
import { SendPanel } from '../verify/SendPanel';
import { SignatureSection, type SigningState } from '../verify/SignatureSection';

/** What the signature check and "Send to…" need from the page (src/browser/). */
export interface VerifyDeps {
  secrets: SecretStore;
  replay: ReplayPort;
}

/** A bin request as the one envelope the signature check and the replay read. */
export function binObservation(request: BinRequest, result: DecodeResult): Observation {
  const { method, url, headers = {}, query, ip, contentType, size } = request;
  return {
    id: request.id,
    source: 'bin',
    receivedAtMs: request.receivedAtMs,
    request: { method, url, headers, query, ip, contentType, size },
    rawBody: request.bodyText,
    siteUrl: request.siteUrl,
    result,
  };
}

/** Under a bin request: does its signature verify, and send it on to the developer's endpoint. */
export function RequestChecks(props: {
  request: BinRequest;
  result: DecodeResult;
  verify: VerifyDeps;
}) {
  const [signing, setSigning] = useState<SigningState>();
  const observation = binObservation(props.request, props.result);
  return (
    <>
      <SignatureSection
        observation={observation}
        secrets={props.verify.secrets}
        onSigning={setSigning}
      />
      <SendPanel observation={observation} signing={signing} port={props.verify.replay} />
    </>
  );
}
