/**
 * User-visible text: the call card (src/ui/call/), the same for every platform. Vendor words
 * (what a code means) come from the glossaries; these are the card's own headings and sentences.
 */
import type { Direction, Role, Verdict } from '../model/record';
import { plural, sizeText } from './units';

/** Headings for the kinds decoders use; an unknown kind is shown as sent. */
const labelOf =
  (table: Record<string, string>, fallback: (kind: string) => string) =>
  (kind: string): string =>
    Object.hasOwn(table, kind) ? (table[kind] as string) : fallback(kind);

export const card = {
  label: 'Call card',
  header: {
    unknownCustomer: 'Unnamed caller',
    noNumber: 'No phone number',
    outcome: 'Outcome',
    source: (platform: string, event: string | undefined) =>
      event === undefined ? platform : `${platform} · ${event}`,
    endedBy: {
      agent: 'ended by the agent',
      caller: 'ended by the caller',
      system: 'ended by the system',
    },
    duration: 'Duration',
    started: 'Started',
  },
  /** The parts of the header's one line about what went wrong. */
  failures: {
    transferFailed: (code: string | undefined) =>
      code === undefined ? 'Transfer failed' : `Transfer failed: ${code}`,
    toolsFailed: (count: number) => `${plural(count, 'tool call', 'tool calls')} failed`,
    callError: (code: string | undefined) => (code === undefined ? 'Error' : `Error: ${code}`),
    notConnected: (why: string | undefined) =>
      why === undefined ? 'Never connected' : `Never connected: ${why}`,
  },
  outcome: {
    heading: 'Outcome',
    status: 'Status',
    endReason: 'End reason',
    endedBy: 'Ended by',
    endedByWho: { agent: 'The agent', caller: 'The caller', system: 'The system' },
    problems: 'What went wrong',
    detail: labelOf(
      {
        answeredBy: 'Answered by',
        disposition: 'Disposition',
        errorMessage: 'Error message',
        sipCode: 'SIP code',
        customReason: 'Custom reason',
      },
      (kind) => kind,
    ),
    readFrom: (path: string) => `from ${path}`,
    notes: 'Notes',
    noteFallback: (kind: string, values: string) => (values === '' ? kind : `${kind}: ${values}`),
  },
  transcript: {
    heading: 'Transcript',
    turnCount: (n: number) => plural(n, 'turn', 'turns'),
    missing: 'This payload has no transcript.',
    empty: 'The transcript is empty (the call may have ended before anyone spoke).',
    roles: {
      agent: 'Agent',
      caller: 'Caller',
      tool: 'Tool call',
      system: 'System',
      'transfer-target': 'Transfer target',
      event: 'Event',
      unknown: 'Unlabelled',
    } satisfies Record<Role, string>,
    asWritten: (label: string) => `written as “${label}”`,
    at: (time: string) => `at ${time}`,
    copyLine: (time: string | undefined, speaker: string, text: string) =>
      time === undefined ? `${speaker}: ${text}` : `${time} ${speaker}: ${text}`,
    toolDetails: 'Arguments and result',
  },
  tools: {
    heading: (n: number) => plural(n, 'tool call', 'tool calls'),
    failedCount: (n: number) => `${n} failed`,
    kind: 'Kind',
    status: {
      succeeded: 'Succeeded',
      failed: 'Failed',
      unknown: 'No result reported',
    },
    statusExplanation: {
      succeeded: 'This tool call ran without a reported error.',
      failed: 'This tool call failed.',
      unknown: 'The platform did not say whether this tool call worked.',
    },
    badgeKind: 'Tool call',
    statusCode: 'Status as sent',
    error: 'Error',
    time: 'Time',
    id: 'ID',
    arguments: 'Arguments',
    config: 'Configuration',
    result: 'Result',
    nothingReturned: 'Nothing returned',
    sentAsString: 'Sent as a JSON string; shown decoded.',
    readFrom: (path: string) => `Read from ${path}`,
    stillRendering: (shown: number, total: number) => `Showing ${shown} of ${total} tool calls…`,
  },
  parties: {
    heading: 'Parties',
    customer: 'Customer',
    agent: 'Agent',
    transferTarget: 'Transferred to',
    direction: 'Direction',
    directions: {
      inbound: 'Inbound call',
      outbound: 'Outbound call',
      web: 'Web call',
    } satisfies Record<Direction, string>,
  },
  timing: {
    heading: 'Timing',
    start: 'Start',
    end: 'End',
    duration: 'Duration',
    units: { ms: 'milliseconds', s: 'seconds', min: 'minutes' },
    from: (path: string, unit: string) => `from ${path} (${unit})`,
    callTime: 'Call’s time',
    yourTime: 'Your time',
    sameZone: 'also your time zone',
    invalidZone: (zone: string) => `“${zone}” is not a known time zone.`,
    timezone: 'Time zone',
  },
  cost: {
    heading: 'Cost',
    credits: (amount: string) => `${amount} credits`,
    centsNote: (amount: string) => `sent as ${amount} cents`,
    breakdown: 'Breakdown',
  },
  analysis: {
    heading: 'Analysis',
    summary: 'Summary',
    success: 'Success',
    sentiment: 'Sentiment',
    judgements: 'Judgements',
    data: 'Extracted data',
    verdicts: {
      true: 'Yes',
      false: 'No',
      partial: 'Partly',
      unknown: 'Unknown',
      not_applicable: 'Not applicable',
      other: 'Other',
    } satisfies Record<Verdict, string>,
  },
  variables: {
    heading: labelOf(
      {
        collected: 'Collected variables',
        prompt: 'Prompt variables',
        dynamic: 'Dynamic variables',
        metadata: 'Metadata',
        pathway: 'Pathway',
        'data-collection': 'Collected data',
      },
      (kind) => `Variables: ${kind}`,
    ),
    sentNull: (path: string) => `The payload sent ${path} as null: nothing here.`,
    collected: 'collected',
    notCollected: 'not collected',
  },
  ids: {
    heading: 'IDs',
    label: labelOf(
      {
        call: 'Call ID',
        agent: 'Agent ID',
        assistant: 'Assistant ID',
        org: 'Organisation ID',
        'phone-number': 'Phone number ID',
        telephony: 'Telephony ID',
        conversation: 'Conversation ID',
        model: 'Model ID',
        external: 'External ID',
        batch: 'Batch ID',
        'agent-version': 'Agent version',
      },
      (kind) => kind,
    ),
    copy: (what: string) => `Copy ${what}`,
  },
  recordings: {
    heading: (n: number) => (n === 1 ? 'Recording' : 'Recordings'),
    kind: labelOf(
      {
        mono: 'Mono',
        stereo: 'Stereo',
        'multi-channel': 'Multi-channel',
        scrubbed: 'Scrubbed',
        customer: 'Customer channel',
        assistant: 'Assistant channel',
        log: 'Public log',
        pcap: 'Packet capture',
      },
      (kind) => kind,
    ),
    player: (kind: string) => `Call recording (${kind})`,
    open: 'Open in a new tab',
    notALink: 'This address is not a web (http or https) link, so it is shown as text only:',
    withCredentials:
      'This address has a user name or password in it, so it is shown as text only (opening it would send them):',
  },
  audio: {
    heading: 'Audio',
    attached: (seconds: number | undefined, bytes: number) =>
      seconds === undefined
        ? `Audio attached (${sizeText(bytes, 'byte', 'bytes')})`
        : `Audio attached (${Math.round(seconds)} s, ${sizeText(bytes, 'byte', 'bytes')})`,
    player: 'Audio sent in the payload',
    readFrom: (path: string) => `Played from ${path} in this page; nothing is fetched.`,
    unreadable: (path: string) => `The audio at ${path} is not valid base64, so it cannot play.`,
  },
  otherFields: {
    heading: 'Other fields',
    note: 'Fields the card does not place elsewhere, by JSON path, as sent.',
    stillRendering: (shown: number, total: number) => `Showing ${shown} of ${total} fields…`,
  },
  warnings: {
    summary: (n: number) => plural(n, 'warning', 'warnings'),
  },
} as const;
