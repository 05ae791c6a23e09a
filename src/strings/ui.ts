/**
 * 3400 → "3,400". By hand: toLocaleString goes through Intl, whose first call cost ~10 ms of the
 * raw view's first rows.
 */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** User-visible text: the workbench and shared parts of the pages (src/ui/); the card's own words are in card.ts. */
export const ui = {
  /** A part of Hookline's own code could not be loaded (e.g. the extension updated meanwhile). */
  lazyFailed: 'Part of Hookline could not be loaded. Close and reopen this page.',
  workbench: {
    pasteLabel: 'Webhook payload',
    pastePlaceholder:
      'Paste a call webhook payload (JSON), or the URL of a request bin (webhook.site, Svix Play, smee.io) or of any JSON',
    pasteHint: 'Decodes as you type; Ctrl+Enter (⌘+Enter on Mac) decodes now.',
    emptyState:
      'Paste a call webhook payload or a request-bin URL (webhook.site, Svix Play, smee.io) to watch calls arrive, drop a .json file, or try an example.',
    openFile: 'Open a .json file',
    tryExample: 'Try an example',
    clear: 'Clear',
    openInTab: 'Open in tab',
    openInTabFailed:
      'This payload could not be handed to a tab (the browser’s storage for it is full or it is too large). Save it as a .json file and open that in a Hookline tab instead.',
    notKept:
      'This payload could not be kept (the browser’s storage for it is full or unavailable): it will be gone when this page closes. Save it as a .json file to keep it.',
    dropHere: 'Drop the .json file to open it',
    held: (size: string) => `Pasted ${size}`,
    heldNote: 'Kept out of the text box so typing stays fast.',
    editAnyway: 'Edit anyway',
    tooLargeToEdit: (limit: string) =>
      `Too large to edit here (over ${limit}): edit it in a text editor, then paste or drop it again.`,
    fileTooLarge: (name: string, size: string, limit: string) =>
      `${name} is ${size}; files over ${limit} are not opened.`,
    fileUnreadable: (name: string) => `${name} could not be read.`,
    fileLoaded: (name: string) => `Opened ${name}.`,
    fileNotUtf8: (name: string, bytes: number, firstOffset: number) =>
      `Opened ${name}, but ${bytes === 1 ? '1 byte was' : `${thousands(bytes)} bytes were`} not valid UTF-8 and ${bytes === 1 ? 'was' : 'were'} replaced with � (the first at byte offset ${thousands(firstOffset)}). The payload may not be what was sent.`,
  },
  size: {
    bytes: (n: number) => `${n} B`,
    kilobytes: (n: string) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
  },
  result: {
    label: 'Decoded payload',
    unwrappedFrom: (what: string) => `Unwrapped from ${what}.`,
    notACallHeading: (label: string) => `Recognised: ${label}`,
    notACallNote: 'This payload is not a call record, so there is no call card; its JSON is below.',
  },
  problems: {
    heading: (count: number) => (count === 1 ? '1 problem' : `${count} problems`),
    error: 'Error',
    warning: 'Warning',
    wholeDocument: '(whole document)',
    expectedFound: (expected: string, found: string) => `Expected ${expected}; found ${found}.`,
    position: (line: number, column: number) => `Line ${line}, column ${column}`,
  },
  badge: (kind: string, label: string, explanation?: string) =>
    explanation ? `${kind}: ${label}. ${explanation}` : `${kind}: ${label}`,
  offsetZone: (offset: string) => `UTC${offset}`,
  /** The transcript's search box and copy button (ui/common), the same in every card. */
  transcript: {
    searchLabel: 'Search the transcript',
    searchPlaceholder: 'Search transcript',
    matchPosition: (n: number, of: number) => `${n} of ${of}`,
    noMatches: 'No matches',
    previousMatch: 'Previous match (Shift+Enter)',
    nextMatch: 'Next match (Enter)',
    copy: 'Copy transcript',
    stillRendering: (shown: number, total: number) => `Showing ${shown} of ${total} turns…`,
  },
  rawJson: {
    heading: 'Raw JSON',
    truncated: (shown: string) => `Showing the first ${shown}.`,
    showAll: 'Show all',
    tooLargeForText: 'The whole document is too large to print as text; the tree shows all of it.',
    views: 'View as',
    tree: 'Tree',
    text: 'Text',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    filter: 'Filter keys and values',
    filterPlaceholder: 'Filter',
    matches: (count: number) => (count === 1 ? '1 match' : `${thousands(count)} matches`),
    copyPretty: 'Copy pretty',
    copyPrettyName: 'Copy the whole document, pretty-printed',
    copyMinified: 'Copy minified',
    copyMinifiedName: 'Copy the whole document, minified',
    treeLabel: 'Raw JSON tree',
    objectSize: (count: number) => `{${thousands(count)}}`,
    arraySize: (count: number) => `[${thousands(count)}]`,
    root: '(root)',
    openJson: 'JSON',
    openJsonName: 'Show this text as the JSON it holds',
    jsonInString: 'JSON in a string',
    notJson: 'This text is not valid JSON.',
    selected: 'Selected:',
    copyValue: 'Copy value',
    copyValueName: 'Copy the selected value',
    copyPath: 'Copy path',
    copyPathName: 'Copy the JSON path of the selected value',
    revealName: (path: string) => `Show ${path} in the raw JSON`,
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Copy failed',
  },
  value: {
    empty: '(empty)',
    truncated: '…',
    unprintable: '(a value that cannot be shown as JSON)',
    asSent: (parsed: string) => `shown as sent; JSON.parse gives ${parsed}`,
    asSentWithin: (source: string, parsed: string) =>
      `${source} is shown as sent; JSON.parse gives ${parsed}`,
    asSentMany: (count: number) =>
      `${thousands(count)} numbers shown as sent; JSON.parse gives other values`,
    asSentWhy:
      'A JavaScript number cannot hold this exactly (it keeps about 16 significant digits and nothing beyond ±1.8e308), so Hookline shows the text the payload sent.',
  },
} as const;
