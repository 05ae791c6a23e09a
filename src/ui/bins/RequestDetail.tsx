import type { BinRequest } from '../../bins';
import type { CallDecodeResult } from '../../model/decode-call';
import { bins } from '../../strings';
import { formatSize } from '../common/format-size';
import { isHttpUrl } from '../common/http-url';
import { DecodedView } from '../result/DecodedView';
import { RequestTools } from '../verify/RequestTools';
import { ReceivedAt } from './ReceivedAt';

/** Characters of a non-JSON body shown at once: multi-MB text in one node stalls layout. */
export const RAW_BODY_PREVIEW_CHARS = 100_000;

/** A body that is not JSON (a form post, plain text), shown as received. */
function RawBody({ text }: { text: string }) {
  if (text.trim() === '') return <p class="empty-note">{bins.view.emptyBody}</p>;
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

interface Props {
  request: BinRequest;
  result: CallDecodeResult;
  /** The bin's own page for this request (http or https only, else no link). */
  siteUrl: string;
  zone: string;
}

/** The selected request: its card (or what it is), the body when it is not JSON, a link to the bin. */
export function RequestDetail({ request, result, siteUrl, zone }: Props) {
  const isJson = result.json !== undefined;
  return (
    <article class="bin-detail" data-testid="bin-request">
      <div class="bin-detail__head">
        <span class="bin-row__meta">
          <ReceivedAt ms={request.receivedAtMs} zone={zone} />
          {request.method && <span class="bin-row__method">{request.method}</span>}
        </span>
        {isHttpUrl(siteUrl) && (
          <a href={siteUrl} target="_blank" rel="noopener noreferrer" data-testid="bin-site-link">
            {bins.view.openOnSite(new URL(siteUrl).host)}
          </a>
        )}
      </div>
      {/* An empty body (a GET ping) is not a JSON mistake worth an error. */}
      {(isJson || request.bodyText.trim() !== '') && <DecodedView result={result} />}
      {!isJson && <RawBody text={request.bodyText} />}
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
