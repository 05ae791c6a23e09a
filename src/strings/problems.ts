/**
 * User-visible text: problems. Every sentence the decoder can say about an input, as functions of
 * the values involved. Quoted input is shortened by the caller before it gets here.
 */

import { plural, sizeText as unitSize } from './units';

/** "20 MB", "512 KB", "90 characters": sizes are counted in characters (JSON is mostly ASCII). */
const sizeText = (chars: number) => unitSize(chars, 'character', 'characters');

export const problems = {
  sizeText,

  /** What a field should have held. */
  expected: {
    text: 'text',
    id: 'an id (text or a number)',
    object: 'an object',
    seconds: 'a number of seconds (0 or more)',
    dateTime: 'an ISO date-time with a UTC offset, or epoch milliseconds or seconds',
    dateTimeWithOffset: 'a date-time with a UTC offset such as +01:00 or Z',
    trueOrFalse: 'true or false',
    ianaZone: 'an IANA time zone such as Europe/Berlin',
    httpUrl: 'an http or https link',
    duration: (unit: 'ms' | 's' | 'min') =>
      `a duration in ${{ ms: 'milliseconds', s: 'seconds', min: 'minutes' }[unit]} (0 or more)`,
    callPayload: 'a call payload, such as a Synthflow post-call webhook',
    onePlatform: 'a payload that only one platform sends',
    json: 'JSON text',
    jsonBody: 'a JSON body',
    exactNumber: 'a number a JavaScript number holds exactly',
    uniqueKey: 'each property name once per object',
    withinLimit: (maxChars: number) => `at most ${sizeText(maxChars)}`,
    sameStatus: (callStatus: string) => `the same status as call.status ("${callStatus}")`,
    callObject: 'a "call" object with the call details',
    inboundObject: 'a "call_inbound" object with the numbers and the assistant id',
    list: 'a list',
    cents: 'an amount in cents (a number)',
    usd: 'an amount in US dollars (a number)',
  },

  /** What the decoder found instead, for the `found` column. */
  found: {
    string: (shortened: string) => `the string "${shortened}"`,
    emptyString: 'an empty string',
    number: (value: number) => `the number ${value}`,
    boolean: (value: boolean) => `the value ${value}`,
    null: 'null',
    object: (keyCount: number) => `an object with ${plural(keyCount, 'key', 'keys')}`,
    list: (length: number) => `a list of ${plural(length, 'item', 'items')}`,
    nothing: 'nothing',
    other: (typeName: string) => `a value of type ${typeName}`,
    size: (chars: number) => sizeText(chars),
    character: (char: string) => `the character "${char}"`,
    lineBreak: 'a line break',
    tab: 'a tab',
    controlCharacter: (code: number) =>
      `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`,
    endOfInput: 'the end of the input',
    startsWith: (shortened: string) => `text starting with "${shortened}"`,
    whitespaceOnly: 'only whitespace',
    empty: 'nothing at all',
    sourceNumber: (source: string) => `${source} as sent`,
    repeatedKey: (key: string) => `the property name "${key}" again`,
  },

  /** What the JSON grammar wanted at the place a syntax error was found. */
  syntaxExpected: {
    value: 'a value (an object, a list, text in double quotes, a number, true, false or null)',
    propertyName: 'a property name in double quotes',
    propertyNameOrEnd: 'a property name in double quotes or }',
    valueOrEnd: 'a value or ]',
    colon: 'a colon after the property name',
    commaOrBrace: 'a comma or }',
    commaOrBracket: 'a comma or ]',
    end: 'the end of the input',
    digit: 'a digit',
    escape: 'an escape such as \\n, \\" or \\u00e9',
    hexDigit: 'a hexadecimal digit',
    closingQuote: 'the closing double quote',
    literal: (word: string) => `the word ${word}`,
  },

  /** JavaScript habits JSON does not allow, said with what JSON wants instead. */
  syntaxHints: {
    comment: {
      expected: 'JSON without comments',
      found: 'a comment',
      detail: 'JSON has no comments; remove the // or /* */ text',
    },
    singleQuote: {
      expected: 'text in double quotes',
      found: 'a single quote',
      detail: 'JSON puts text and property names in double quotes ("…"), not single quotes',
    },
    trailingComma: (closer: string) => ({
      expected: `another item after the comma, or ${closer} without a comma before it`,
      found: `a comma just before ${closer}`,
      detail: `a comma follows the last item; JSON allows no comma before ${closer}, so remove this one`,
    }),
    missingComma: (before: string, after: string) => ({
      expected: 'a comma between two items',
      found: `${after} right after ${before}`,
      detail: `a comma is missing between ${before} and ${after}`,
    }),
    nonFinite: (word: string) => ({
      expected: 'a finite number, or null',
      found: word,
      detail: `${word} is not a JSON number; JSON allows only finite numbers, so send null or the text "${word}" instead`,
    }),
    unquotedKey: (word: string) => ({
      expected: 'a property name in double quotes',
      found: `the unquoted name ${word}`,
      detail: `property names in JSON are in double quotes: write "${word}", not ${word}`,
    }),
  },

  shapes: {
    array: (length: number) => `a JSON array of ${plural(length, 'item', 'items')}`,
    emptyObject: 'an empty JSON object',
    object: (keys: string[], more: number) =>
      `a JSON object with ${keys.length + more === 1 ? 'key' : 'keys'} ${keys.join(', ')}${more > 0 ? '…' : ''}`,
    string: 'a JSON string',
    number: 'a JSON number',
    boolean: 'a JSON true/false value',
    null: 'JSON null',
    nothing: 'no value at all',
  },

  tooLarge: (chars: number, maxChars: number) =>
    `The payload is ${sizeText(chars)}, more than the ${sizeText(maxChars)} Hookline reads at once, so it was not read.`,
  empty: 'There is nothing to read: the input is empty.',
  notJson: (start: string) =>
    `This does not look like JSON: it starts with "${start}", while a webhook payload starts with { or [.`,
  syntax: (line: number, column: number, expected: string, found: string) =>
    `The JSON is broken at line ${line}, column ${column}: expected ${expected}, but found ${found}.`,
  syntaxAt: (line: number, column: number, detail: string) =>
    `The JSON is broken at line ${line}, column ${column}: ${detail}.`,
  syntaxTwoDocuments: (line: number, column: number) =>
    `The JSON is complete before line ${line}, column ${column}, but more follows: perhaps two payloads were pasted together.`,
  cutOff: (chars: number) =>
    `The payload looks cut off after ${sizeText(chars)}: it ends before the JSON is complete.`,
  partial: (chars: number, lastPath: string) =>
    `Partial: the payload is cut off after ${sizeText(chars)}; fields after that point are missing. ${lastPath === '' ? 'No field was complete.' : `The last complete field is ${lastPath}.`}`,
  numberNotKept: (path: string, source: string, read: string) =>
    `${path || 'The payload'} was sent as ${source}, which a JavaScript number cannot hold exactly (it reads as ${read}); the value as sent is ${source}.`,
  duplicateKey: (path: string) =>
    `${path} appears twice in the same object. The later value wins, as in JSON.parse (and most likely on your server too); the earlier one is not shown.`,
  unreadableJson: 'The input could not be read as JSON.',
  wrongType: (path: string, expected: string, found: string) =>
    `${path} should be ${expected}, but is ${found}; it is kept under Other fields.`,
  noCallObject:
    'The payload has no "call" object, so the status, timing and transcript are missing.',
  statusMismatch: (topLevel: string, call: string) =>
    `The top-level status says "${topLevel}" but call.status says "${call}"; the card shows call.status.`,
  notACall: (shape: string) =>
    `This is ${shape}, not a call payload Hookline knows: it is shown as raw JSON only.`,
  binBodyNotJson: (detail: string) =>
    `This is a webhook.site request record, but the body it captured is not JSON. ${detail}`,
  binBodyEmpty: 'This is a webhook.site request record, but the body it captured is empty.',
  startTimeUnreadable: (shortened: string, path = 'call.start_time') =>
    `${path} "${shortened}" could not be read as a date and time; it is shown as sent.`,
  startTimeNoOffset: (shortened: string, path = 'call.start_time') =>
    `${path} "${shortened}" has no UTC offset, so it was read as UTC and may be off by some hours.`,
  invalidTimezone: (zone: string, path = 'call.timezone') =>
    `${path} "${zone}" is not a time zone this browser knows; it is shown as sent.`,
  unsafeRecordingUrl: (shortened: string) =>
    `The recording link "${shortened}" is not a plain http or https link, so it is shown as text and not played.`,
  badTime: (path: string, found: string) =>
    `${path} should be a date and time, but is ${found}; it is shown under Other fields.`,
  badDuration: (path: string, found: string) =>
    `${path} should be a duration, but is ${found}; it is shown under Other fields.`,
  ambiguous: (vendors: string) =>
    `This payload looks equally like ${vendors}; Hookline will not guess, so it is shown as raw JSON.`,
  inboundWithoutDetails:
    'This Synthflow inbound-call webhook has no "call_inbound" object, so there are no numbers to show.',
  decoderFailed:
    'Hookline could not read this payload because of a fault in Hookline itself; the raw text is unchanged.',
} as const;
