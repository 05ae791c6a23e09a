import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField, warnWrongType } from '../../lenient';
import type { Cost } from '../../record';
import { numberOf } from '../read';

/**
 * The parts of `costBreakdown` that are amounts in USD (spec `CostBreakdown`; the last two are
 * observed in real reports). `total` repeats `cost`; token and character counts, and the
 * analysis sub-breakdown, are not amounts and stay under Other fields.
 */
const AMOUNTS = new Set([
  'transport',
  'stt',
  'llm',
  'tts',
  'vapi',
  'chat',
  'voicemailDetectionCost',
  'knowledgeBaseCost',
]);

/** `cost` (USD) with its breakdown; without `cost`, the breakdown's `total` stands for it. */
export function readCost(
  cost: unknown,
  breakdown: unknown,
  path: string,
  ctx: DecodeContext,
): Cost | undefined {
  const keep = keepAsOtherField(ctx, path);
  const costPath = childPath(path, 'cost');
  let amount = numberOf(cost);
  let amountPath = costPath;
  if (cost !== undefined && cost !== null && amount === undefined) {
    warnWrongType(ctx, costPath, problems.expected.usd, cost);
    keep('cost', cost);
  }
  const parts: Cost['breakdown'] = [];
  const breakdownPath = childPath(path, 'costBreakdown');
  if (isPlainObject(breakdown)) {
    const keepPart = keepAsOtherField(ctx, breakdownPath);
    for (const key of Object.keys(breakdown)) {
      const value = numberOf(breakdown[key]);
      if (AMOUNTS.has(key) && value !== undefined) {
        parts.push({ item: key, amount: value });
      } else if (key === 'total' && value !== undefined && amount === undefined) {
        amount = value;
        amountPath = childPath(breakdownPath, key);
      } else {
        keepPart(key, breakdown[key]);
      }
    }
  } else if (breakdown !== undefined && breakdown !== null) {
    warnWrongType(ctx, breakdownPath, problems.expected.object, breakdown);
    keep('costBreakdown', breakdown);
  }
  if (amount === undefined) {
    // No total to hang the parts on: they stay visible as sent.
    for (const part of parts) {
      ctx.otherFields.push({ path: childPath(breakdownPath, part.item), value: part.amount });
    }
    return undefined;
  }
  return { amount, unit: 'usd', path: amountPath, breakdown: parts };
}
