import type { BinRequest } from '../../bins';
import type { CallDecodeResult } from '../../model/decode-call';
import { bins } from '../../strings';
import { formatSize } from '../common/format-size';
import { isHttpUrl } from '../common/http-url';
import { KeyValueRows } from '../common/KeyValueRows';
import { DecodedView } from '../result/DecodedView';
import { RequestTools } from '../verify/RequestTools';
import { RequestFacts } from './RequestFacts';

/** Characters of a non-JSON body shown at once: multi-MB text in one node stalls layout. */
export const RAW_BODY_PREVIEW_CHARS = 100_000;

const FORM = /^application\/x-www-form-urlencoded\b/i;

/** A body that is not JSON (a form post, plain text), shown as received. */
function RawBody({ text }: { text: string }) {
  const capped = text.length > RAW_BODY_PREVIEW_CHARS;
  return (
    <section class="bin-body" data-testid="bin-raw-body">
      <h3 class="bin-body__title">{bins.view.body}</h3>
      {capped && (
        <p class="note">
          {bins.view.bodyTruncated(formatSize(RAW_BODY_PREVIEW_CHARS), formatSize(text.length))}
        </p>
      )}
      <pre class="bin-body__text">{capped ? text.slice(0, RAW_BODY_PREVIEW_CHARS) : text}</pre>
    </section>
  );
}

/** A request whose body is not JSON says what it is, instead of reporting broken JSON. */
function NotJsonBody({ request }: { request: BinRequest }) {
  const { bodyText, contentType, method = 'GET' } = request;
  if (bodyText.trim() === '') {
    return (
      <p class="note" data-testid="bin-request-kind">
        {bins.view.kind.empty(method)}
      </p>
    );
  }
  const isForm = FORM.test(contentType ?? '') && bodyText.length <= RAW_BODY_PREVIEW_CHARS;
  return (
    <>
      <p class="note" data-testid="bin-request-kind">
        {isForm
          ? bins.view.kind.form
          : bins.view.kind.text(contentType ?? bins.view.kind.unknownType)}
      </p>
      {isForm && <KeyValueRows entries={[...new URLSearchParams(bodyText)]} testId="bin-form" />}
      <RawBody text={bodyText} />
    </>
  );
}

interface Props {
  request: BinRequest;
  result: CallDecodeResult;
  /** The bin's own page for this request (http or https only, else no link). */
  siteUrl: string;
  zone: string;
}

/**
 * The selected request: the HTTP request it came as, its card (or what it is), and a link to
 * the bin. BinView keys it per request, so search text, reveal progress and the Raw JSON state
 * start afresh for each one.
 */
export function RequestDetail({ request, result, siteUrl, zone }: Props) {
  const isJson = result.json !== undefined;
  const { tooLarge } = request;
  const host = isHttpUrl(siteUrl) ? new URL(siteUrl).host : undefined;
  return (
    <article class="bin-detail" data-testid="bin-request">
      <div class="bin-detail__head">
        {/* Items of a plain JSON document came with no HTTP request to show. */}
        {request.method !== undefined && <RequestFacts request={request} zone={zone} />}
        {host !== undefined && (
          <a href={siteUrl} target="_blank" rel="noopener noreferrer" data-testid="bin-site-link">
            {tooLarge ? bins.view.tooLarge.openBin(host) : bins.view.openOnSite(host)}
          </a>
        )}
      </div>
      {tooLarge ? (
        <p class="note" data-testid="bin-request-kind">
          {bins.view.tooLarge.detail(tooLarge.bytes, tooLarge.maxBytes)}
        </p>
      ) : isJson ? (
        <DecodedView result={result} />
      ) : (
        <NotJsonBody request={request} />
      )}
      {isJson && (
        <RequestTools
          key={request.id}
          rawBody={request.bodyText}
          headers={request.headers}
          contentType={request.contentType}
          vendor={result.format.vendor}
        />
      )}
    </article>
  );
}
