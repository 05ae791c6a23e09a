import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject, keepAsOtherField, readFields } from '../../lenient';
import { type Analysis, emptyAnalysis, type Judgement, type Verdict } from '../../record';
import { anything, text } from '../../schemas';

const SHAPE = {
  summary: text,
  structuredData: anything,
  successEvaluation: anything,
};

/**
 * `successEvaluation` is a string whose form depends on the assistant's rubric: "true"/"false"
 * (the default, and all real captures), a number ("8" on a 1-10 scale), a letter, or a
 * pass/fail word. Only true/false read as a verdict; anything else stays as sent ("other").
 */
function verdictOf(raw: unknown): Verdict {
  const word = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (word === true || word === 'true') return 'true';
  if (word === false || word === 'false') return 'false';
  return 'other';
}

/**
 * `analysis` {summary, structuredData, successEvaluation, structuredDataMulti}. The summary is
 * shown as sent, even when Vapi's model wrote one for a call where nothing was said (V-R3).
 * `fallbackSummary` is the legacy message-level `summary`, used when analysis has none.
 */
export function readAnalysis(
  value: Record<string, unknown> | undefined,
  path: string,
  fallbackSummary: { text: string; path: string } | undefined,
  ctx: DecodeContext,
): Analysis {
  const analysis = emptyAnalysis();
  const keep = keepAsOtherField(ctx, path);
  const fields = value === undefined ? {} : readFields(value, SHAPE, path, ctx, keep);
  if (fields.summary !== undefined && fields.summary.trim() !== '') {
    analysis.summary = { text: fields.summary, path: childPath(path, 'summary') };
  } else {
    // A blank summary (sent for calls with nothing to summarise) is shown as sent, not as one.
    if (fields.summary !== undefined) keep('summary', fields.summary);
    if (fallbackSummary !== undefined) analysis.summary = fallbackSummary;
  }
  const success = fields.successEvaluation;
  if (success === '') keep('successEvaluation', success);
  if (success !== undefined && success !== '') {
    const judgement: Judgement = {
      key: 'successEvaluation',
      verdict: verdictOf(success),
      raw: success,
      path: childPath(path, 'successEvaluation'),
    };
    analysis.success = judgement;
  }
  const data = fields.structuredData;
  const dataPath = childPath(path, 'structuredData');
  if (isPlainObject(data)) {
    for (const key of Object.keys(data)) {
      analysis.data.push({ key, value: data[key], path: childPath(dataPath, key) });
    }
  } else if (data !== undefined) {
    keep('structuredData', data);
  }
  return analysis;
}

/**
 * `artifact.structuredOutputs` (2025+): `{"<output id>": {name, result}}`. Each result is
 * extracted data, listed under the output's name; the id stays in its path.
 */
export function readStructuredOutputs(
  outputs: Record<string, unknown>,
  path: string,
  analysis: Analysis,
  ctx: DecodeContext,
): void {
  for (const id of Object.keys(outputs)) {
    const output = outputs[id];
    const outputPath = childPath(path, id);
    if (!isPlainObject(output) || !Object.hasOwn(output, 'result')) {
      ctx.otherFields.push({ path: outputPath, value: output });
      continue;
    }
    const name = typeof output.name === 'string' && output.name.trim() !== '' ? output.name : id;
    analysis.data.push({ key: name, value: output.result, path: childPath(outputPath, 'result') });
    for (const key of Object.keys(output)) {
      // A name that is not text (or blank) is not shown as one: it stays as sent.
      const placed = key === 'result' || (key === 'name' && name !== id);
      if (!placed) keepAsOtherField(ctx, outputPath)(key, output[key]);
    }
  }
}
