import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField, readFields } from '../../lenient';
import { type Analysis, emptyAnalysis, type Judgement } from '../../record';
import { anything, flag, text } from '../../schemas';
import { code } from '../read';

const SHAPE = {
  call_summary: text,
  user_sentiment: text,
  call_successful: flag,
  in_voicemail: flag,
  custom_analysis_data: anything,
};

function judgement(key: string, value: boolean, path: string): Judgement {
  return { key, verdict: value ? 'true' : 'false', raw: value, path: childPath(path, key) };
}

/**
 * `call_analysis` (call_analyzed only). user_sentiment stays as sent ("Negative", capitalised):
 * integrators comparing it to "negative" silently miss it (vendor-formats.md §2 quirk 5).
 */
export function readAnalysis(
  value: Record<string, unknown>,
  path: string,
  ctx: DecodeContext,
): Analysis {
  const fields = readFields(value, SHAPE, path, ctx);
  const analysis = emptyAnalysis();
  if (fields.call_summary !== undefined && fields.call_summary.trim() !== '') {
    analysis.summary = { text: fields.call_summary, path: childPath(path, 'call_summary') };
  }
  const sentiment = code(fields.user_sentiment, childPath(path, 'user_sentiment'));
  if (sentiment !== undefined) analysis.sentiment = sentiment;
  if (fields.call_successful !== undefined) {
    analysis.success = judgement('call_successful', fields.call_successful, path);
  }
  if (fields.in_voicemail !== undefined) {
    analysis.judgements.push(judgement('in_voicemail', fields.in_voicemail, path));
  }
  const custom = fields.custom_analysis_data;
  const customPath = childPath(path, 'custom_analysis_data');
  if (isPlainObject(custom)) {
    for (const key of Object.keys(custom)) {
      analysis.data.push({ key, value: custom[key], path: childPath(customPath, key) });
    }
  } else if (custom !== undefined) {
    keepAsOtherField(ctx, path)('custom_analysis_data', custom);
  }
  return analysis;
}
