import type { HandedPayload } from '../model/observation';
import { openPageInTab } from './pages';
import { stashForViewer } from './storage';

/**
 * Opens the viewer in a new tab with this payload (and its request's headers) loaded. Apart from
 * pages.ts so the DevTools page, which only needs page paths, does not load the payload store.
 */
export async function openInViewer(payload: HandedPayload): Promise<void> {
  const id = await stashForViewer(payload);
  await openPageInTab('viewer', `handoff=${id}`);
}
