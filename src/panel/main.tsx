import { render } from 'preact';
import { binSupport } from '../browser/bin-deps';
import { devtoolsTheme, inDevtools } from '../browser/devtools';
import { devtoolsNetworkSource } from '../browser/devtools-network';
import { openInViewer } from '../browser/open-in-viewer';
import { requestToolsDeps } from '../browser/request-tools';
import type { NetworkSource } from '../capture/har';
import { createManualNetworkSource } from '../capture/manual-source';
import { pages } from '../strings';
import { binWorkbenchProps } from '../ui/bins/address-support';
import { LazyCapturePanel } from '../ui/capture/lazy-capture-panel';
import { PageShell } from '../ui/shell/PageShell';
import { ViewSwitch } from '../ui/shell/ViewSwitch';
import { RequestToolsContext } from '../ui/verify/request-tools-deps';
import { Workbench } from '../ui/workbench/Workbench';
import './panel.css';

/**
 * Inside DevTools: the inspected page's traffic, and the DevTools theme. Opened as a plain tab
 * (the "inline shell" the e2e tests use), a hand-fed source that tests reach as
 * `window.hooklineNetwork`; nothing outside this extension page can reach it.
 */
function networkSource(): NetworkSource {
  if (inDevtools()) return devtoolsNetworkSource();
  const manual = createManualNetworkSource();
  (window as unknown as { hooklineNetwork: unknown }).hooklineNetwork = manual;
  return manual;
}

if (inDevtools()) document.documentElement.dataset.theme = devtoolsTheme();

const source = networkSource();
const root = document.getElementById('app');
if (root) {
  render(
    <PageShell kind="page">
      <RequestToolsContext.Provider value={requestToolsDeps}>
        <ViewSwitch
          label={pages.panelViews}
          views={[
            {
              id: 'network',
              label: pages.networkView,
              content: () => (
                <LazyCapturePanel
                  source={source}
                  onOpenInTab={(payload) => void openInViewer(payload)}
                />
              ),
            },
            {
              id: 'paste',
              label: pages.pasteView,
              content: () => (
                <Workbench
                  onOpenInTab={(text) => openInViewer({ rawBody: text })}
                  {...binWorkbenchProps(binSupport({ shelves: false, followNewest: false }))}
                />
              ),
            },
          ]}
        />
      </RequestToolsContext.Provider>
    </PageShell>,
    root,
  );
}
