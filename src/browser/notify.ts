/**
 * Notifications for watched bins. `notifications` is an optional permission: without it the
 * API is missing (Chrome) or refuses, so each call checks first and shows nothing when it is
 * not granted. A notification's id is the link to its request, so a click opens the viewer
 * there.
 */
import type { Notify } from '../bins/watch-runner';
import { browser } from './extension';
import { openPageInTab } from './pages';

const ICON = 'icons/icon-128.png';

export const notify: Notify = async ({ link, title, message }) => {
  const granted = await browser.permissions
    .contains({ permissions: ['notifications'] })
    .catch(() => false);
  if (!granted || browser.notifications === undefined) return;
  await browser.notifications.create(link, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title,
    message,
  });
};

/** Opens the viewer on the clicked notification's request. */
export function openClickedNotifications(): void {
  const listen = () =>
    browser.notifications?.onClicked.addListener((id) => {
      void browser.notifications.clear(id);
      void openPageInTab('viewer', `bin=${encodeURIComponent(id)}`);
    });
  if (browser.notifications !== undefined) listen();
  // Granted after this script started: the API appears now (Chrome adds it on the grant).
  else
    browser.permissions.onAdded.addListener(() => browser.notifications !== undefined && listen());
}
