import { render } from 'preact';
import { binSupport } from '../browser/bin-deps';
import { openInViewer } from '../browser/open-in-viewer';
import { requestToolsDeps } from '../browser/request-tools';
import { draftKeeper, loadDraft } from '../browser/storage';
import { binWorkbenchProps } from '../ui/bins/address-support';
import { PageShell } from '../ui/shell/PageShell';
import { RequestToolsContext } from '../ui/verify/request-tools-deps';
import { Workbench } from '../ui/workbench/Workbench';

const keepDraft = draftKeeper();

async function openInTab(text: string): Promise<void> {
  await openInViewer({ rawBody: text });
  window.close();
}

async function main(root: HTMLElement): Promise<void> {
  const draft = await loadDraft();
  render(
    <PageShell kind="popup">
      <RequestToolsContext.Provider value={requestToolsDeps}>
        <Workbench
          layout="popup"
          initialText={draft}
          onTextChange={keepDraft}
          onOpenInTab={openInTab}
          {...binWorkbenchProps(binSupport({ shelves: true, followNewest: true, compact: true }))}
        />
      </RequestToolsContext.Provider>
    </PageShell>,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
