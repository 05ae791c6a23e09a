import { type ReplayPort, sendReplay } from '../replay';
import { openInViewer } from './open-in-viewer';
import { canRequestPermissions, requestOrigin } from './permissions';
import { forgetTarget, recentTargets, rememberTarget } from './signing-storage';

/**
 * "Send to…" wired to this page: host access per origin at the click, the page's own fetch, and
 * a viewer tab to send from where the page cannot ask for access.
 */
export const replayPort: ReplayPort = {
  requestAccess: requestOrigin,
  canRequestAccess: canRequestPermissions,
  openInTab: openInViewer,
  send: (request) => sendReplay(request, { fetch: globalThis.fetch }),
  recentTargets,
  rememberTarget,
  forgetTarget,
};
