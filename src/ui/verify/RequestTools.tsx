import { useContext, useMemo, useState } from 'preact/hooks';
import type { HeaderMap } from '../../model/http/headers';
import type { VendorId } from '../../model/record';
import { RequestToolsContext } from './request-tools-deps';
import { SendPanel } from './SendPanel';
import { type SignatureInput, SignatureSection, type SigningState } from './SignatureSection';

interface Props {
  /** The body exactly as received (or pasted): what is signed and what is sent. */
  rawBody: string;
  /** The request's headers; absent for a pasted or dropped payload. */
  headers?: HeaderMap | undefined;
  contentType?: string | undefined;
  /** The platform the payload was decoded as, for the default scheme. */
  vendor?: VendorId | undefined;
}

/**
 * The tools for one webhook request: whether its signature verifies, and sending it on to the
 * developer's own endpoint (as received, re-signed, or as cURL). One component for every way in:
 * a bin request, a capture, a pasted payload (which has no headers, so only re-signing applies).
 */
export function RequestTools({ rawBody, headers, contentType, vendor }: Props) {
  const deps = useContext(RequestToolsContext);
  const [signing, setSigning] = useState<SigningState | undefined>(undefined);
  // One object per request: the sections re-check when it changes, not on every render.
  const input = useMemo<SignatureInput>(
    () => ({
      rawBody,
      ...(headers === undefined
        ? {}
        : { request: { headers, ...(contentType === undefined ? {} : { contentType }) } }),
    }),
    [rawBody, headers, contentType],
  );
  if (deps === undefined) return null;
  const now = deps.now ?? Date.now;
  return (
    <div class="verify" data-testid="request-tools">
      <SignatureSection
        observation={input}
        {...(vendor === undefined ? {} : { vendor })}
        secrets={deps.secrets}
        now={now}
        onSigning={setSigning}
      />
      <SendPanel
        observation={input}
        {...(signing === undefined ? {} : { signing })}
        port={deps.replay}
        now={now}
      />
    </div>
  );
}
