import type { ReplayRequest } from './replay-request';
import type { ReplayResult } from './send';

/** What "Send to…" needs from the page: host access, the network, and remembered targets. */
export interface ReplayPort {
  /**
   * Shows the browser's prompt for this origin only. Called first thing in the click handler,
   * with no await before it: browsers only prompt during the user's gesture. False when denied
   * or where the page cannot ask (Firefox DevTools panels).
   */
  requestAccess(origin: string): Promise<boolean>;
  send(request: ReplayRequest): Promise<ReplayResult>;
  recentTargets(): Promise<string[]>;
  rememberTarget(url: string): Promise<string[]>;
  forgetTarget(url: string): Promise<string[]>;
}
