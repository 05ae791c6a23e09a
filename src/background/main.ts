/**
 * The background script (Chrome: service worker; Firefox: event page). It does nothing unless a
 * bin is watched: the alarm it answers exists only while a watch is on (src/browser/watch.ts).
 */
import { runWatchChecks } from '../bins/watch-runner';
import { getApiKey } from '../browser/bin-storage';
import { browser } from '../browser/extension';
import { notify, openClickedNotifications } from '../browser/notify';
import { loadWatches, saveWatches, WATCH_ALARM } from '../browser/watch';

const store = { load: loadWatches, save: saveWatches, apiKey: getApiKey };

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== WATCH_ALARM) return;
  void runWatchChecks(store, notify, { fetch: globalThis.fetch, now: Date.now });
});

// After a browser restart or an update: the alarm and the badge again, from storage.
const restore = () => void loadWatches().then(saveWatches);
browser.runtime.onStartup.addListener(restore);
browser.runtime.onInstalled.addListener(restore);

openClickedNotifications();
