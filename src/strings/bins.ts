/** User-visible text: bins (reading captured requests from a request-bin URL). */
import { plural, sizeText as unitSize } from './units';

/** 15000 → "15 seconds", 500 → "0.5 seconds". */
function secondsText(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return plural(seconds, 'second', 'seconds');
}

/** A wait in whole seconds, as a person would say it: "30 seconds", "2 minutes". */
function waitText(seconds: number): string {
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), 'second', 'seconds');
  return plural(Math.ceil(seconds / 60), 'minute', 'minutes');
}

const sizeText = (bytes: number) => unitSize(bytes, 'byte', 'bytes');

export const bins = {
  /** Names of the bin services, as shown next to a bin. */
  services: {
    'webhook-site': 'webhook.site',
    'svix-play': 'Svix Play',
    'json-url': 'JSON address',
    smee: 'smee.io',
  },

  /** Short labels for a recognised bin, e.g. in the list of remembered bins. */
  labels: {
    webhookSite: (shortToken: string) => `webhook.site bin ${shortToken}…`,
    selfHostedWebhookSite: (shortToken: string, host: string) =>
      `webhook.site bin ${shortToken}… on ${host}`,
    svixPlay: (shortToken: string) => `Svix Play inbox ${shortToken}…`,
    jsonUrl: (hostAndPath: string) => `JSON at ${hostAndPath}`,
    smee: (channel: string) => `smee.io channel ${channel}`,
  },

  /** Why a pasted address is not read at all (nothing is requested). */
  refusals: {
    empty:
      'Paste the address of a request bin, for example https://webhook.site/ followed by its id.',
    notAUrl:
      'This does not look like a web address. Paste the full address of the bin, for example https://webhook.site/ followed by its id.',
    scheme: (scheme: string) =>
      `Hookline only reads http and https addresses, and this one starts with “${scheme}”.`,
    credentials:
      'This address has a user name or password in it. Hookline never sends those: remove them from the address (for a private webhook.site bin, enter its API key instead).',
    noToken: (service: string) =>
      `This ${service} address has no bin id in it. Copy the address shown on your ${service} page: it ends with a long id.`,
  },

  /** Why loading a bin failed. Never includes an API key. */
  errors: {
    notFoundWebhookSite: (host: string) =>
      `${host} has no bin with this id. Free webhook.site URLs expire after 7 days, so it may have expired: make a new one and point your webhook at it.`,
    notFoundSvixPlay:
      'Svix Play has no inbox with this id. Inboxes expire after a while: open play.svix.com for a new address and point your webhook at it.',
    notFound: (host: string, status: number) =>
      `Nothing found at this address on ${host} (HTTP ${status}). Check the address.`,

    privateBin:
      'This webhook.site bin is private. Enter its API key (from your webhook.site account settings) to read it.',
    apiKeyRejected: (status: number) =>
      `The API key was not accepted for this bin (HTTP ${status}). Check that it belongs to the account that owns the bin.`,
    accessDenied: (host: string, status: number) =>
      `${host} refused access (HTTP ${status}). Hookline sends no cookies or passwords, so it can only read addresses that are open to anyone.`,

    rateLimited: (host: string, retryAfterSeconds: number | undefined) =>
      `${host} is limiting how often it can be asked (HTTP 429). Try again in ${
        retryAfterSeconds === undefined ? 'a minute' : waitText(retryAfterSeconds)
      }.`,
    serverError: (host: string, status: number) =>
      `${host} had a problem answering (HTTP ${status}). Try again in a moment.`,
    unexpectedStatus: (host: string, status: number) =>
      `${host} answered with HTTP status ${status} instead of the data.`,
    timeout: (host: string, timeoutMs: number) =>
      `${host} did not finish answering within ${secondsText(timeoutMs)}. Try again, or check that the server is up.`,
    offline: (host: string) =>
      `Could not connect to ${host}. Check your internet connection; if it works, the server may be down or refusing connections.`,
    cutOff: (host: string, receivedBytes: number, expectedBytes: number | undefined) =>
      `${host} started answering, but the connection was cut while the answer was arriving (${
        expectedBytes === undefined
          ? sizeText(receivedBytes)
          : `${sizeText(receivedBytes)} of ${sizeText(expectedBytes)}`
      } received). Try again.`,
    notJson: (host: string) => `${host} answered, but not with JSON.`,
    notJsonWebPage: (host: string) =>
      `${host} answered with a web page, not JSON. Use the address of the JSON itself (for a gist, its “Raw” link).`,
    tooLarge: (host: string, maxBytes: number) =>
      `The answer from ${host} is larger than ${sizeText(maxBytes)}, so Hookline stopped reading it.`,
    redirectedTo: (host: string, otherHost: string) =>
      `${host} sent the request on to ${otherHost}. Hookline only reads from the site you gave it, so it stopped there.`,
    redirectHidden: (host: string) =>
      `${host} answered with a redirect, and the browser does not show where it leads. Hookline does not follow a redirect it cannot check while an API key is attached, so the key goes nowhere else.`,
    tooManyRedirects: (host: string, limit: number) =>
      `${host} kept redirecting the request (more than ${limit} times), so Hookline stopped following it.`,
    unexpectedShape: (host: string, service: string) =>
      `${host} answered with JSON, but not in the shape ${service} uses for its list of requests.`,
    cancelled: 'Loading was cancelled.',
  },

  /** Asking for permission to read a bin's site. */
  access: {
    why: (origin: string) =>
      `Hookline needs permission to read ${origin} to list the requests this bin captured; it asks for this site only.`,
    grant: 'Grant access',
    asking: 'Waiting for your answer in the browser’s prompt…',
    denied: (origin: string) =>
      `Access to ${origin} was not granted, so Hookline cannot read this bin.`,
    tryAgain: 'Try again',
    fromPopup: (origin: string) =>
      `DevTools panels cannot ask for access: grant access to ${origin} in a Hookline tab, then Retry here.`,
    openPopup: 'Open a Hookline tab to grant access',
  },

  /** Browsing a bin's captured requests (src/ui/bins/). */
  view: {
    region: (label: string) => `Captured requests: ${label}`,
    loading: 'Loading captured requests…',
    loadingMore: 'Loading older requests…',
    refresh: 'Refresh',
    loadMore: 'Load more',
    retry: 'Retry',
    retryAt: (time: string) => `It can be asked again after ${time}.`,
    count: (shown: number, total: number | undefined) =>
      total === undefined || total <= shown
        ? plural(shown, 'request', 'requests')
        : `${shown} of ${plural(total, 'request', 'requests')}`,
    listLabel: 'Captured requests, newest first',
    empty: 'This bin has captured no requests yet. Point your webhook at it, then Refresh.',
    notACall: 'Not a call payload',
    noTime: 'Time not recorded',
    pickOne: 'Select a request to read it.',
    openOnSite: (host: string) => `Open this request on ${host}`,
    linkedRequestFailed: (message: string) =>
      `Could not open the request the pasted link points at: ${message}`,
    body: 'Body as received',
    /** A request the size cap kept out of the list (src/bins/webhook-site-list.ts). */
    tooLarge: {
      row: (bytes: number | undefined, maxBytes: number) =>
        `Too large to load here (${bytes === undefined ? `over ${sizeText(maxBytes)}` : sizeText(bytes)})`,
      detail: (bytes: number | undefined, maxBytes: number) =>
        `This request is too large to load here (${
          bytes === undefined ? `over ${sizeText(maxBytes)}` : sizeText(bytes)
        }): Hookline reads at most ${sizeText(maxBytes)} at a time. The requests around it are listed as usual; open the bin on its site to see this one.`,
      openBin: (host: string) => `Open the bin on ${host}`,
    },
    bodyTruncated: (shown: string, total: string) => `Showing the first ${shown} of ${total}.`,
    /** The request beside the call (src/ui/bins/RequestFacts.tsx). */
    request: {
      heading: 'Request',
      method: 'Method',
      receivedAt: 'Received by the bin',
      ip: 'Sent from',
      from: (ip: string) => `from ${ip}`,
      query: 'Query',
      contentType: 'Content type',
      size: 'Size',
      headers: (count: number) => `Headers (${count})`,
      noHeaders: 'The bin recorded no headers for this request.',
      show: 'Show',
      hide: 'Hide',
      showLabel: (name: string) => `Show the value of ${name}`,
      hideLabel: (name: string) => `Hide the value of ${name}`,
      copyCurl: 'Copy as cURL',
      copyCurlLabel: 'Copy this request as a cURL command (hidden values stay masked)',
    },
    /** What a request that is not a call payload is, instead of an error. */
    kind: {
      empty: (method: string) =>
        `A ${method} request with no body (a ping, or a check that the address works): not a call.`,
      form: 'A form post (URL-encoded fields), not a call payload. Its fields:',
      text: (contentType: string) => `A ${contentType} body, not JSON, so not a call payload.`,
      unknownType: 'plain-text',
    },
    newCount: (count: number) => `${count} new`,
    newMark: 'new',
    follow: 'Follow newest',
    followHint: 'Opens each new call as it arrives, unless you picked an older one.',
    backToList: '← Back to list',
    watch: 'Watch in the background',
    watchHint:
      'Keeps checking this bin while the browser runs, counts new calls on the toolbar button and, if you allow it, shows a notification for each.',
    unwatch: 'Stop watching',
    /** What the live check is doing, beside Refresh. */
    live: {
      live: (seconds: number) => `Live: checks every ${plural(seconds, 'second', 'seconds')}`,
      backingOff: (time: string) => `Paused: asks again at ${time}`,
      offline: 'Paused while offline',
      stopped: 'Stopped checking',
      listening: 'Live: listening for new requests',
      connecting: 'Connecting…',
      reconnecting: 'Connection lost: reconnecting…',
    },
    smeeNoHistory:
      'smee.io keeps no history: Hookline lists only the requests that arrive while this view is open.',
    smeeWaiting: 'Waiting for the first request. Point your webhook at this channel.',
  },

  /** The API-key field for a private webhook.site bin. */
  apiKey: {
    label: 'API key',
    save: 'Save and retry',
    note: 'Kept only until the browser closes: never synced, never shown again.',
  },

  /** The last bins opened. */
  recent: {
    heading: 'Recent bins',
    remove: 'Remove',
    removeLabel: (label: string) => `Remove ${label} from recent bins`,
  },

  /** Bins watched in the background. */
  watched: {
    heading: 'Watched in the background',
    unseen: (count: number) => `${count} new`,
    stopped: (message: string) => `Stopped: ${message}`,
    stop: 'Stop',
    stopLabel: (label: string) => `Stop watching ${label}`,
  },

  /** Sites the user let Hookline read. */
  granted: {
    heading: 'Sites Hookline may read',
    empty: 'No sites yet: Hookline asks the first time you open a bin on a site.',
    revoke: 'Revoke',
    revokeLabel: (origin: string) => `Revoke access to ${origin}`,
  },
} as const;
