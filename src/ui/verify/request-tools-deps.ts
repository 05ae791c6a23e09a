import { createContext } from 'preact';
import type { SecretStore } from '../../model/signatures';
import type { ReplayPort } from '../../replay';

/**
 * What the Signature section and "Send to…" need from the page: the session-only secret store
 * and the replay port (host access, fetch, remembered targets). Pages provide it once around
 * their content (src/browser/request-tools.ts fills it), so the bin detail, a pasted card and a
 * capture each mount RequestTools with one line and no props threaded through the views between.
 * Without a provider (tests of other views) RequestTools renders nothing.
 */
export interface RequestToolsDeps {
  secrets: SecretStore;
  replay: ReplayPort;
  now?: () => number;
}

export const RequestToolsContext = createContext<RequestToolsDeps | undefined>(undefined);
