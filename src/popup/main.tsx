import { render } from 'preact';
import { binSupport } from '../browser/bin-deps';
import { openPageInTab } from '../browser/pages';
import { draftKeeper, loadDraft, stashForViewer } from '../browser/storage';
import { PageShell, Workbench } from '../ui';
import { binWorkbenchProps } from '../ui/bins';

const keepDraft = draftKeeper();

async function openInTab(text: string): Promise<void> {
  const id = await stashForViewer(text);
  await openPageInTab('viewer', `handoff=${id}`);
  window.close();
}

async function main(root: HTMLElement): Promise<void> {
  const draft = await loadDraft();
  render(
    <PageShell kind="popup">
      <Workbench
        layout="popup"
        initialText={draft}
        onTextChange={(text) => void keepDraft(text)}
        onOpenInTab={openInTab}
        {...binWorkbenchProps(binSupport({ shelves: true, followNewest: true, compact: true }))}
      />
    </PageShell>,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
