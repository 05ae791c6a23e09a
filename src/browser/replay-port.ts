import { type ReplayPort, sendReplay } from '../replay';
import { requestOrigin } from './permissions';
import { forgetTarget, recentTargets, rememberTarget } from './signing-storage';

/** "Send to…" wired to this page: host access per origin at the click, the page's own fetch. */
export const replayPort: ReplayPort = {
  requestAccess: requestOrigin,
  send: (request) => sendReplay(request, { fetch: globalThis.fetch }),
  recentTargets,
  rememberTarget,
  forgetTarget,
};
