import { problems } from '../../../strings';
import { childPath } from '../../json/path';
import {
  type DecodeContext,
  isPlainObject,
  keepAsOtherField,
  nonBlank,
  readFields,
  warnWrongType,
} from '../../lenient';
import { type Analysis, emptyAnalysis, type Judgement } from '../../record';
import { object, text } from '../../schemas';
import { VERDICTS } from './codes';

const SHAPE = {
  transcript_summary: text,
  call_successful: text,
  evaluation_criteria_results: object,
  data_collection_results: object,
};

/** "success" / "failure" / "unknown" as sent; anything else is kept, as sent, as `other`. */
function judgement(key: string, raw: unknown, path: string, rationale?: unknown): Judgement {
  const code = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const verdict = Object.hasOwn(VERDICTS, code) ? (VERDICTS[code] ?? 'other') : 'other';
  const out: Judgement = { key, verdict, raw, path };
  if (typeof rationale === 'string' && rationale.trim() !== '') out.rationale = rationale;
  return out;
}

/**
 * `analysis`: `call_successful` is a string, not a boolean; evaluation criteria carry a result and
 * a rationale each; data collection values follow their schema's type (a phone number declared
 * `integer` arrives as a number, vendor-formats.md §4 quirk 3) and are kept as sent. The `*_list`
 * copies, scores and titles stay under Other fields.
 */
export function readAnalysis(
  value: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): Analysis {
  const f = readFields(value, SHAPE, path, ctx);
  const analysis = emptyAnalysis();
  const summary = nonBlank(f.transcript_summary);
  if (summary !== undefined) {
    analysis.summary = { text: summary, path: childPath(path, 'transcript_summary') };
  }
  if (nonBlank(f.call_successful) !== undefined) {
    analysis.success = judgement(
      'call_successful',
      f.call_successful as string,
      childPath(path, 'call_successful'),
    );
  }
  const criteriaPath = childPath(path, 'evaluation_criteria_results');
  eachItem(f.evaluation_criteria_results, criteriaPath, ctx, (id, item, itemPath) => {
    const key = typeof item.criteria_id === 'string' ? item.criteria_id : id;
    if (typeof item.result !== 'string') {
      warnWrongType(ctx, childPath(itemPath, 'result'), problems.expected.text, item.result);
    }
    analysis.judgements.push(judgement(key, item.result, itemPath, item.rationale));
    keepRest(item, itemPath, ['criteria_id', 'result', 'rationale'], ctx);
  });
  const dataPath = childPath(path, 'data_collection_results');
  eachItem(f.data_collection_results, dataPath, ctx, (id, item, itemPath) => {
    const key = typeof item.data_collection_id === 'string' ? item.data_collection_id : id;
    const entry: Analysis['data'][number] = { key, value: item.value, path: itemPath };
    if (typeof item.rationale === 'string' && item.rationale.trim() !== '') {
      entry.rationale = item.rationale;
    }
    analysis.data.push(entry);
    keepRest(item, itemPath, ['data_collection_id', 'value', 'rationale'], ctx);
  });
  return analysis;
}

function eachItem(
  group: Record<string, unknown> | undefined,
  path: string,
  ctx: DecodeContext,
  each: (id: string, item: Record<string, unknown>, path: string) => void,
): void {
  if (group === undefined) return;
  for (const id of Object.keys(group)) {
    const item = group[id];
    const itemPath = childPath(path, id);
    if (isPlainObject(item)) each(id, item, itemPath);
    else {
      warnWrongType(ctx, itemPath, problems.expected.object, item);
      ctx.otherFields.push({ path: itemPath, value: item });
    }
  }
}

function keepRest(
  item: Record<string, unknown>,
  path: string,
  placed: readonly string[],
  ctx: DecodeContext,
): void {
  const keep = keepAsOtherField(ctx, path);
  for (const key of Object.keys(item)) if (!placed.includes(key)) keep(key, item[key]);
}
