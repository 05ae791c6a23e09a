import { problems } from '../strings';
import type { Problem } from './call-record';
import { describeFound } from './json/describe';
import { childPath } from './json/path';
import type { CallRecord } from './record';
import type { z } from './zod';

/**
 * Lenient reading: each known field is checked on its own with a small zod schema, so one field
 * of the wrong type becomes a warning and the rest still decodes. Objects are never parsed
 * whole by zod: that would copy them, and a payload can hold a transcript of many megabytes.
 */

export interface DecodeContext {
  problems: Problem[];
  otherFields: CallRecord['otherFields'];
}

export function newContext(): DecodeContext {
  return { problems: [], otherFields: [] };
}

export interface Field<T> {
  schema: z.ZodMiniType<T>;
  /** Human text of what the field should hold, for the warning. */
  expected: string;
}

export function field<T>(schema: z.ZodMiniType<T>, expected: string): Field<T> {
  return { schema, expected };
}

// biome-ignore lint/suspicious/noExplicitAny: a shape maps names to fields of any value type.
type Shape = Record<string, Field<any>>;

export type FieldValues<S extends Shape> = {
  [K in keyof S]?: S[K] extends Field<infer T> ? T : never;
};

/** Where a field the decoder does not place goes; by default Other fields, by JSON path. */
export type Keep = (key: string, value: unknown) => void;

export function keepAsOtherField(ctx: DecodeContext, path: string): Keep {
  return (key, value) => {
    ctx.otherFields.push({ path: childPath(path, key), value });
  };
}

export function warn(ctx: DecodeContext, problem: Omit<Problem, 'severity'>): void {
  ctx.problems.push({ severity: 'warning', ...problem });
}

export function warnWrongType(
  ctx: DecodeContext,
  path: string,
  expected: string,
  value: unknown,
): void {
  const found = describeFound(value);
  warn(ctx, { path, expected, found, message: problems.wrongType(path, expected, found) });
}

/**
 * Reads the fields of `shape` from `source` (own keys only, so `__proto__` in a payload stays
 * data). `null` counts as absent. Unknown and wrongly typed fields go to `keep`, as sent.
 */
export function readFields<S extends Shape>(
  source: object,
  shape: S,
  path: string,
  ctx: DecodeContext,
  keep: Keep = keepAsOtherField(ctx, path),
): FieldValues<S> {
  const values: Record<string, unknown> = {};
  const record = source as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const value = record[key];
    if (!Object.hasOwn(shape, key)) {
      keep(key, value);
      continue;
    }
    if (value === null) continue;
    const spec = shape[key] as Field<unknown>;
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) {
      values[key] = parsed.data;
    } else {
      warnWrongType(ctx, childPath(path, key), spec.expected, value);
      keep(key, value);
    }
  }
  return values as FieldValues<S>;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Blank text counts as absent: vendors send "" for "none". */
export function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
