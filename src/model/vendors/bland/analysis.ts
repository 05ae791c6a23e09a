import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject } from '../../lenient';
import { type Analysis, emptyAnalysis } from '../../record';

/**
 * `summary` (text), `analysis` (the structured post-call analysis: an object, or null when none
 * was asked for) and, on the delayed post-processing webhook, `citations` (variables extracted
 * from the transcript, each `{variable_name, value, cited_utterances…}`): the value shows as
 * extracted data, the rest of each citation (the utterances it cites) under Other fields.
 */
export function readAnalysis(
  summary: string | undefined,
  analysis: Record<string, unknown> | undefined,
  citations: unknown[] | undefined,
  ctx: DecodeContext,
): Analysis {
  const read = emptyAnalysis();
  if (summary !== undefined && summary.trim() !== '')
    read.summary = { text: summary, path: 'summary' };
  if (analysis !== undefined) {
    for (const key of Object.keys(analysis)) {
      read.data.push({ key, value: analysis[key], path: childPath('analysis', key) });
    }
  }
  citations?.forEach((citation, index) => {
    const path = childPath('citations', index);
    if (!isPlainObject(citation) || typeof citation.variable_name !== 'string') {
      ctx.otherFields.push({ path, value: citation });
      return;
    }
    read.data.push({
      key: citation.variable_name,
      value: citation.value,
      path: childPath(path, 'value'),
    });
    for (const key of Object.keys(citation)) {
      if (key !== 'variable_name' && key !== 'value') {
        ctx.otherFields.push({ path: childPath(path, key), value: citation[key] });
      }
    }
  });
  return read;
}
