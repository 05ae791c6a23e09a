import { glossary } from '../../strings';
import type { AnalysisItem, AnalysisValue } from '../call-record';

const FEEDBACK = '_feedback';
const VALUES: ReadonlySet<string> = new Set(['true', 'false', 'partial', 'not_applicable']);

/**
 * The LLM judge's verdicts, each paired with its `<key>_feedback` text. Verdicts come as strings
 * ("true", "True", "partial", "not_applicable") or booleans (payload quirk 5).
 */
export function readAnalysis(analysis: Record<string, unknown>): AnalysisItem[] {
  const items: AnalysisItem[] = [];
  for (const key of Object.keys(analysis)) {
    if (isPairedFeedback(analysis, key)) continue;
    const raw = analysis[key];
    const item: AnalysisItem = { key, label: analysisLabel(key), value: classify(raw), raw };
    const feedbackKey = `${key}${FEEDBACK}`;
    const feedback = Object.hasOwn(analysis, feedbackKey) ? analysis[feedbackKey] : undefined;
    if (typeof feedback === 'string') item.feedback = feedback;
    items.push(item);
  }
  return items;
}

function isPairedFeedback(analysis: Record<string, unknown>, key: string): boolean {
  return (
    key.endsWith(FEEDBACK) &&
    typeof analysis[key] === 'string' &&
    Object.hasOwn(analysis, key.slice(0, -FEEDBACK.length))
  );
}

function classify(raw: unknown): AnalysisValue {
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  if (typeof raw !== 'string') return 'other';
  const code = raw.trim().toLowerCase();
  return VALUES.has(code) ? (code as AnalysisValue) : 'other';
}

/** "answered_by_human" -> "Answered by a human" (glossary), "lead_quality" -> "Lead quality". */
export function analysisLabel(key: string): string {
  if (Object.hasOwn(glossary.analysisKeys, key)) {
    const known = glossary.analysisKeys[key];
    if (known !== undefined) return known;
  }
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
