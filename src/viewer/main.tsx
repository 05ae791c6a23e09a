import { render } from 'preact';
import { binSupport } from '../browser/bin-deps';
import { requestToolsDeps } from '../browser/request-tools';
import { draftKeeper, loadDraft, takeFromStash } from '../browser/storage';
import type { HandedPayload } from '../model/observation';
import { binWorkbenchProps } from '../ui/bins/address-support';
import { PageShell } from '../ui/shell/PageShell';
import { RequestToolsContext } from '../ui/verify/request-tools-deps';
import { Workbench } from '../ui/workbench/Workbench';

/**
 * What the viewer opens with: a payload handed over by the popup or the panel (`#handoff=<id>`,
 * with the headers of the request it came in, if any), a bin sent here to be granted access
 * (`#bin=<url>`), else the last draft.
 */
async function initialPayload(): Promise<HandedPayload> {
  const params = new URLSearchParams(location.hash.slice(1));
  const handoff = params.get('handoff');
  const handed = handoff ? await takeFromStash(handoff) : undefined;
  return handed ?? { rawBody: params.get('bin') ?? (await loadDraft()) };
}

async function main(root: HTMLElement): Promise<void> {
  const { rawBody, request } = await initialPayload();
  const keepDraft = draftKeeper();
  render(
    <PageShell kind="page">
      <RequestToolsContext.Provider value={requestToolsDeps}>
        <Workbench
          initialText={rawBody}
          initialRequest={request}
          onTextChange={(next) => void keepDraft(next)}
          {...binWorkbenchProps(binSupport({ shelves: true, followNewest: true }))}
        />
      </RequestToolsContext.Provider>
    </PageShell>,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
