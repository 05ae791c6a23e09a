import type { HandedPayload } from '../model/observation';
import type { ReplayRequest } from './replay-request';
import type { ReplayResult } from './send';

/** What "Send to…" needs from the page: host access, the network, and remembered targets. */
export interface ReplayPort {
  /**
   * Shows the browser's prompt for this origin only. Called first thing in the click handler,
   * with no await before it: browsers only prompt during the user's gesture. False when denied.
   * Only called where `canRequestAccess()`.
   */
  requestAccess(origin: string): Promise<boolean>;
  /**
   * False where the page has no permissions API (Firefox DevTools panels): there it cannot ask,
   * nor know whether access was granted, so "Send" just tries; a granted origin works.
   */
  canRequestAccess(): boolean;
  /** Opens the request in a Hookline tab, which can ask for access: the panel's way out. */
  openInTab(payload: HandedPayload): Promise<void>;
  send(request: ReplayRequest): Promise<ReplayResult>;
  recentTargets(): Promise<string[]>;
  rememberTarget(url: string): Promise<string[]>;
  forgetTarget(url: string): Promise<string[]>;
}
