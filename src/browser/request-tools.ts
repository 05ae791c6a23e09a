import type { RequestToolsDeps } from '../ui/verify/request-tools-deps';
import { replayPort } from './replay-port';
import { secretStore } from './signing-storage';

/** The Signature section and "Send to…" wired to this page's storage, permissions and fetch. */
export const requestToolsDeps: RequestToolsDeps = { secrets: secretStore, replay: replayPort };
