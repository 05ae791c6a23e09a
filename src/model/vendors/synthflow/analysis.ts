import { childPath } from '../../json/path';
import { type Analysis, emptyAnalysis, type Verdict } from '../../record';

const FEEDBACK = '_feedback';
const VERDICTS: ReadonlySet<string> = new Set(['true', 'false', 'partial', 'not_applicable']);

/**
 * The LLM judge's verdicts (webhook `analysis`, calls API `judge_results`), each paired with
 * its `<key>_feedback` text as the rationale. Verdicts come as strings ("true", "True",
 * "partial", "not_applicable") or booleans (payload quirk 5); anything else is kept as sent.
 * `call_summary` is a pass/fail flag of the judge, not prose (quirk 6), so it is a judgement too.
 */
export function readJudgements(values: Record<string, unknown>, path: string): Analysis {
  const analysis = emptyAnalysis();
  for (const key of Object.keys(values)) {
    if (isPairedFeedback(values, key)) continue;
    const raw = values[key];
    const feedback = feedbackOf(values, key);
    const judgement = { key, verdict: verdictOf(raw), raw, path: childPath(path, key) };
    analysis.judgements.push(
      feedback === undefined ? judgement : { ...judgement, rationale: feedback },
    );
  }
  return analysis;
}

/** A `<key>_feedback` text whose `<key>` is present: it belongs to that judgement. */
export function isPairedFeedback(values: Record<string, unknown>, key: string): boolean {
  return (
    key.endsWith(FEEDBACK) &&
    typeof values[key] === 'string' &&
    Object.hasOwn(values, key.slice(0, -FEEDBACK.length))
  );
}

export function feedbackOf(values: Record<string, unknown>, key: string): string | undefined {
  return ownString(values, `${key}${FEEDBACK}`);
}

export function verdictOf(raw: unknown): Exclude<Verdict, 'unknown'> {
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  if (typeof raw !== 'string') return 'other';
  const code = raw.trim().toLowerCase();
  return VERDICTS.has(code) ? (code as Exclude<Verdict, 'unknown'>) : 'other';
}

function ownString(values: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(values, key) ? values[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
