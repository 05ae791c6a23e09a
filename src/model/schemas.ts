import { problems } from '../strings';
import { field } from './lenient';
import { z } from './zod';

/** Field schemas shared by the decoders: vendors send numbers and booleans as strings too. */

const NUMERIC = /^\s*\d{1,15}(?:\.\d{1,9})?\s*$/;

export const text = field(z.string(), problems.expected.text);

/** Ids are text; some exports turn them into numbers. */
export const id = field(
  z.union([
    z.string(),
    z.pipe(
      z.number(),
      z.transform((n) => String(n)),
    ),
  ]),
  problems.expected.id,
);

export const object = field(
  z.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  ),
  problems.expected.object,
);

/** Seconds, as a number or a numeric string (the list API sends `"25"`). */
export const seconds = field(
  z.union([
    z.number().check(z.nonnegative()),
    z.pipe(z.string().check(z.regex(NUMERIC)), z.transform(Number)),
  ]),
  problems.expected.seconds,
);

/** true/false, also as the strings "true"/"false" in any case. */
export const flag = field(
  z.union([
    z.boolean(),
    z.pipe(
      z.string().check(z.regex(/^\s*(?:true|false)\s*$/i)),
      z.transform((s) => s.trim().toLowerCase() === 'true'),
    ),
  ]),
  problems.expected.trueOrFalse,
);

/** A date-time or epoch value; read by time.ts, only its type is checked here. */
export const moment = field(z.union([z.string(), z.number()]), problems.expected.dateTime);

/** A list of anything; its items are read by the caller. */
export const list = field(z.array(z.unknown()), problems.expected.list);

/** Anything: read by the caller (objects, JSON strings, numbers…). */
export const anything = field(z.unknown(), '');
