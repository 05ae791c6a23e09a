import { render } from 'preact';
import { binDeps, shelfStore } from '../browser/bin-deps';
import { rememberBin } from '../browser/bin-storage';
import { draftKeeper, loadDraft, takeFromStash } from '../browser/storage';
import { PageShell, Workbench } from '../ui';
import { BinShelves, binAddressSupport } from '../ui/bins';

/**
 * What the viewer opens with: a payload handed over by the popup or the panel
 * (`#handoff=<id>`), a bin sent here to be granted access (`#bin=<url>`), else the last draft.
 */
async function initialText(): Promise<string> {
  const params = new URLSearchParams(location.hash.slice(1));
  const handoff = params.get('handoff');
  const handed = handoff ? await takeFromStash(handoff) : undefined;
  return handed ?? params.get('bin') ?? (await loadDraft());
}

async function main(root: HTMLElement): Promise<void> {
  const text = await initialText();
  const keepDraft = draftKeeper();
  render(
    <PageShell kind="page">
      <Workbench
        initialText={text}
        onTextChange={(next) => void keepDraft(next)}
        address={binAddressSupport(binDeps, (target) => void rememberBin(target))}
        renderEmpty={(open) => <BinShelves store={shelfStore} onOpen={open} />}
      />
    </PageShell>,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
