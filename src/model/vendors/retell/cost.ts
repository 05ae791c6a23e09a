import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField, warnWrongType } from '../../lenient';
import type { Cost } from '../../record';
import { numberOf } from '../read';

/**
 * `call_cost`: `combined_cost` and each `product_costs[].cost` are cents (SDK: "Combined cost of
 * all individual costs in cents"). Unit prices, durations and transfer-leg flags stay under
 * Other fields. A not-connected call sends only `{"combined_cost": 0}` (R-R1 capture).
 */
export function readCost(
  value: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): Cost | undefined {
  const keep = keepAsOtherField(ctx, path);
  let amount: number | undefined;
  const breakdown: Cost['breakdown'] = [];
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (key === 'combined_cost' && numberOf(item) !== undefined) {
      amount = numberOf(item);
    } else if (key === 'product_costs' && Array.isArray(item)) {
      readProducts(item, childPath(path, key), breakdown, ctx);
    } else {
      if (key === 'combined_cost' || key === 'product_costs') {
        warnWrongType(ctx, childPath(path, key), problems.expected.cents, item);
      }
      keep(key, item);
    }
  }
  if (amount === undefined) return undefined;
  return { amount, unit: 'cents', path: childPath(path, 'combined_cost'), breakdown };
}

function readProducts(
  items: unknown[],
  path: string,
  breakdown: Cost['breakdown'],
  ctx: DecodeContext,
): void {
  items.forEach((item, index) => {
    const itemPath = childPath(path, index);
    const cost = isPlainObject(item) ? numberOf(item.cost) : undefined;
    if (!isPlainObject(item) || typeof item.product !== 'string' || cost === undefined) {
      ctx.otherFields.push({ path: itemPath, value: item });
      return;
    }
    breakdown.push({ item: item.product, amount: cost });
    const keep = keepAsOtherField(ctx, itemPath);
    for (const key of Object.keys(item))
      if (key !== 'product' && key !== 'cost') keep(key, item[key]);
  });
}
